// 公告: the committee (or the street office) publishes; residents read; the committee sees who has read it (知晓率).
import { action } from '../catalogue';
import type { Page } from '../common/page';
import * as s from './schemas';
import type { NoticeDetailView, NoticeRow, ReadStatsView, UnreadHousehold } from './types';

export const noticeActions = {
  'notices.publish': action<{ id: string; publishAt: number }>()({ input: s.PublishNoticeInput, roles: 'overseers' }),
  'notices.edit': action<{ id: string; version: number }>()({ input: s.EditNoticeInput, roles: 'overseers' }),
  'notices.withdraw': action<{ id: string }>()({ input: s.NoticeIdInput, roles: 'overseers' }),
  /** The home feed: pinned first (on the first page), then newest; expired notices fall off. */
  'notices.feed': action<Page<NoticeRow>>()({ input: s.PageInput, roles: 'members' }),
  /** Every notice addressed to the caller, expired ones included, newest first. */
  'notices.list': action<Page<NoticeRow>>()({ input: s.PageInput, roles: 'members' }),
  /** One notice; opening it records the caller's read. */
  'notices.detail': action<NoticeDetailView>()({ input: s.NoticeIdInput, roles: 'members' }),
  'notices.readStats': action<ReadStatsView>()({ input: s.NoticeIdInput, roles: 'overseers' }),
  'notices.unreadHouseholds': action<UnreadHousehold[]>()({ input: s.UnreadHouseholdsInput, roles: 'overseers' }),
} as const;
