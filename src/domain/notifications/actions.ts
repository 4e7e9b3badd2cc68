// The inbox (every notice a person received, paged) and WeChat subscription messages (one message per consent).
import { action } from '../catalogue';
import { NoInput } from '../common/schemas';
import { InboxInput, MarkReadInput, SubscribeInput } from './schemas';
import type { InboxPage } from './types';

/** A subscription-message template and the notice kind it carries. */
export interface SubscribeTemplate {
  kind: string;
  templateId: string;
}

export const notificationActions = {
  'inbox.list': action<InboxPage>()({ input: InboxInput, roles: 'anyone' }),
  'inbox.markRead': action<{ unread: number }>()({ input: MarkReadInput, roles: 'anyone' }),
  /** Only the templates of notice kinds that reach the caller's role. */
  'notifications.templates': action<SubscribeTemplate[]>()({ input: NoInput, roles: 'anyone' }),
  /** One message credit per accepted kind: each consent allows exactly one subscription message. */
  'notifications.subscribe': action<{ granted: string[] }>()({ input: SubscribeInput, roles: 'anyone' }),
} as const;
