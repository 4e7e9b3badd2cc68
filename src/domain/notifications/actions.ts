// Subscription messages (WeChat): which templates may be asked for, and recording the ones a person accepted.
import { action } from '../catalogue';
import { NoInput } from '../common/schemas';
import { SubscribeInput } from './schemas';

/** A subscription-message template and the notice kind it carries. */
export interface SubscribeTemplate {
  kind: string;
  templateId: string;
}

export const notificationActions = {
  'notifications.templates': action<SubscribeTemplate[]>()({ input: NoInput, roles: 'anyone' }),
  /** One message credit per accepted kind: each consent allows exactly one subscription message. */
  'notifications.subscribe': action<{ granted: string[] }>()({ input: SubscribeInput, roles: 'anyone' }),
} as const;
