// Subscription-message handlers, one per action of src/domain/notifications/actions.ts.
import type { notificationActions } from '../../../src/domain/notifications/actions';
import type { HandlerTable } from '..';
import { listTemplates } from './listTemplates';
import { subscribe } from './subscribe';

export const notificationHandlers: Pick<HandlerTable, keyof typeof notificationActions> = {
  'notifications.templates': listTemplates,
  'notifications.subscribe': subscribe,
};
