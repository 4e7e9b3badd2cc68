// Inbox and subscription-message handlers, one per action of src/domain/notifications/actions.ts.
import type { notificationActions } from '../../../src/domain/notifications/actions';
import type { HandlerTable } from '..';
import { listInbox } from './listInbox';
import { listTemplates } from './listTemplates';
import { markInboxRead } from './markInboxRead';
import { subscribe } from './subscribe';

export const notificationHandlers: Pick<HandlerTable, keyof typeof notificationActions> = {
  'inbox.list': listInbox,
  'inbox.markRead': markInboxRead,
  'notifications.templates': listTemplates,
  'notifications.subscribe': subscribe,
};
