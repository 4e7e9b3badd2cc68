// Problem reports 随手拍 handlers — being written; until then every report action answers "not yet".
import type { reportActions } from '../../../src/domain/reports/actions';
import type { HandlerTable } from '..';
import { ActionError } from '../errors';

const notYet = async (): Promise<never> => {
  throw new ActionError('INTERNAL', 'not implemented');
};

export const reportHandlers = Object.fromEntries(
  (Object.keys({} as typeof reportActions) as Array<keyof typeof reportActions>).map((name) => [name, notYet]),
) as unknown as Pick<HandlerTable, keyof typeof reportActions>;
