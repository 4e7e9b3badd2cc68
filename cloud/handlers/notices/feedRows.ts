// The feed index of a notice: one row per audience key and one for the overseers, each carrying what the feed
// filters and sorts on (pinned, publish time, expiry), so a reader's feed never loads a notice it will not show.
import { feedKeys, NEVER } from '../../../src/domain/notices/rules';
import type { Notice, NoticeFeedRow } from '../../../src/domain/notices/types';

export const feedRowId = (noticeId: string, key: string): string => `${noticeId}:${key}`;

export function feedRowsOf(notice: Notice): NoticeFeedRow[] {
  return feedKeys(notice.audience).map((key) => ({
    id: feedRowId(notice.id, key),
    noticeId: notice.id,
    communityId: notice.communityId,
    key,
    pinned: notice.pinned,
    createdAt: notice.publishAt,
    until: notice.expiresAt ?? NEVER,
  }));
}

export const noticeLink = (noticeId: string): string => `/features/notices/pages/detail/index?id=${encodeURIComponent(noticeId)}`;
