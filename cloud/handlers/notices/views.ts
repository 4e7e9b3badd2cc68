// What readers receive of notices: only photos that passed content security, the audience by name, and whether
// the reader has opened each one. Nothing names who published or who read.
import { excerptOf, isExpired, isScheduled } from '../../../src/domain/notices/rules';
import type { Notice, NoticeRow } from '../../../src/domain/notices/types';
import { audienceViews } from '../../kit/audience';
import { passedIds, urlsOf } from '../../kit/content';
import type { Files, Store } from '../../ports';
import { readId } from './reads';

export interface ViewPorts {
  store: Store;
  files: Pick<Files, 'urls'>;
  now: number;
  userId: string;
}

/** The notices with these ids, in the order given, each once; withdrawn ones only when asked for. */
export async function noticesByIds(store: Store, ids: readonly string[]): Promise<Notice[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = new Map((await store.find<Notice>('notices', { id: { $in: unique } })).map((notice) => [notice.id, notice]));
  return unique.map((id) => found.get(id)).filter((notice): notice is Notice => !!notice);
}

/** Which of these notices the person has opened. */
export async function readIdsOf(store: Store, noticeIds: readonly string[], userId: string): Promise<Set<string>> {
  if (!noticeIds.length) return new Set();
  const reads = await store.find<{ id: string; noticeId: string }>('noticeReads', { id: { $in: noticeIds.map((id) => readId(id, userId)) } });
  return new Set(reads.map((read) => read.noticeId));
}

export async function noticeRows(ports: ViewPorts, notices: readonly Notice[]): Promise<NoticeRow[]> {
  const thumbOf = (notice: Notice): string | undefined => passedIds(notice.images)[0];
  const [audiences, read, urls] = await Promise.all([
    audienceViews(ports.store, notices.map((notice) => notice.audience)),
    readIdsOf(ports.store, notices.map((notice) => notice.id), ports.userId),
    urlsOf(ports.files, notices.map(thumbOf).filter((id): id is string => !!id)),
  ]);
  return notices.map((notice, index) => {
    const thumb = thumbOf(notice);
    return {
      id: notice.id,
      category: notice.category,
      title: notice.title,
      excerpt: excerptOf(notice.body),
      audience: audiences[index]!,
      pinned: notice.pinned,
      important: notice.important,
      publishAt: notice.publishAt,
      expiresAt: notice.expiresAt,
      expired: isExpired(notice, ports.now),
      scheduled: isScheduled(notice, ports.now),
      withdrawn: notice.status === 'withdrawn',
      edited: notice.version > 1,
      unread: !read.has(notice.id),
      thumbUrl: thumb ? urls.get(thumb) || null : null,
    };
  });
}
