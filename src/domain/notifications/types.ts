// One notice in a person's inbox: its kind and parameters, rendered in the reader's language when shown.
import type { MessageParams } from '../common/messages';
import type { Page } from '../common/page';

export interface InboxItem {
  id: string;
  kind: string;
  params: MessageParams;
  link?: string;
  createdAt: number;
  readAt?: number;
}

export type InboxPage = Page<InboxItem> & { unread: number };
