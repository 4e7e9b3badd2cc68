// The home feed and the full list, read from the feed index by the caller's keys: pinned first (home, first page),
// then newest published. Residents never receive a scheduled, withdrawn or other grid's notice; overseers see all
// of their community, scheduled ones in the list only.
import type { Page } from '../../../src/domain/common/page';
import { OVERSEER_KEY, PINNED_ON_HOME } from '../../../src/domain/notices/rules';
import type { Notice, NoticeFeedRow, NoticeRow } from '../../../src/domain/notices/types';
import { pageOfAny } from '../../kit/paging';
import type { Filter } from '../../ports/store';
import type { ActionHandler, HandlerContext } from '../context';
import { keysOf } from './access';
import { noticeRows, noticesByIds } from './views';

async function rowsOf(ctx: HandlerContext, rows: readonly NoticeFeedRow[], keep: (notice: Notice) => boolean): Promise<NoticeRow[]> {
  const notices = (await noticesByIds(ctx.store, rows.map((row) => row.noticeId))).filter(keep);
  return noticeRows({ store: ctx.store, files: ctx.files, now: ctx.clock.now(), userId: ctx.actor.userId }, notices);
}

const published = (notice: Notice): boolean => notice.status === 'published';

export const noticeFeed: ActionHandler<'notices.feed'> = async (input, ctx) => {
  const keys = await keysOf(ctx.store, ctx.actor);
  const now = ctx.clock.now();
  const showing: Filter = { communityId: ctx.actor.communityId ?? '', createdAt: { $lte: now }, until: { $gt: now } };
  const [pinned, page] = await Promise.all([
    input.before ? null : pageOfAny<NoticeFeedRow>(ctx.store, 'noticeFeed', { ...showing, pinned: true }, 'key', keys, undefined, PINNED_ON_HOME),
    pageOfAny<NoticeFeedRow>(ctx.store, 'noticeFeed', { ...showing, pinned: false }, 'key', keys, input.before),
  ]);
  const items = await rowsOf(ctx, [...(pinned?.items ?? []), ...page.items], published);
  return { items, nextBefore: page.nextBefore } satisfies Page<NoticeRow>;
};

export const noticeList: ActionHandler<'notices.list'> = async (input, ctx) => {
  const keys = await keysOf(ctx.store, ctx.actor);
  const oversees = keys.includes(OVERSEER_KEY);
  const filter: Filter = { communityId: ctx.actor.communityId ?? '' };
  if (!oversees) filter.createdAt = { $lte: ctx.clock.now() };
  const page = await pageOfAny<NoticeFeedRow>(ctx.store, 'noticeFeed', filter, 'key', keys, input.before);
  return { items: await rowsOf(ctx, page.items, (notice) => oversees || published(notice)), nextBefore: page.nextBefore };
};
