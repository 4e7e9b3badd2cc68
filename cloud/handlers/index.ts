// Every action's handler, checked against the catalogue so none is missing.
import type { ActionName, ActionOutput, ParsedInput } from '../../src/domain/actions';
import type { Handler } from './context';
import { councilHandlers } from './councils';
import { driveHandlers } from './drives';
import { fileHandlers } from './files';
import { membershipHandlers } from './membership';
import { noticeHandlers } from './notices';
import { notificationHandlers } from './notifications';
import { pledgeHandlers } from './pledges';
import { pollHandlers } from './polls';
import { placeHandlers } from './places';
import { reportHandlers } from './reports';
import { treeHandlers } from './trees';

export type HandlerTable = { [A in ActionName]: Handler<ParsedInput<A>, ActionOutput<A>> };

export const handlers: HandlerTable = {
  ...councilHandlers,
  ...driveHandlers,
  ...fileHandlers,
  ...membershipHandlers,
  ...notificationHandlers,
  ...pollHandlers,
  ...reportHandlers,
  ...placeHandlers,
  ...noticeHandlers,
  ...pledgeHandlers,
  ...treeHandlers,
};
