// Every action's handler, checked against the catalogue so none is missing.
import type { ActionName, ActionOutput, ParsedInput } from '../../src/domain/actions';
import type { Handler } from './context';
import { driveHandlers } from './drives';
import { fileHandlers } from './files';
import { membershipHandlers } from './membership';
import { notificationHandlers } from './notifications';
import { reportHandlers } from './reports';

export type HandlerTable = { [A in ActionName]: Handler<ParsedInput<A>, ActionOutput<A>> };

export const handlers: HandlerTable = {
  ...driveHandlers,
  ...fileHandlers,
  ...membershipHandlers,
  ...notificationHandlers,
  ...reportHandlers,
};
