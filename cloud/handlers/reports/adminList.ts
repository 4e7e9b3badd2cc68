// Every case of the committee's community (or of the street office's street), with the list's filters, newest first.
import type { Report } from '../../../src/domain/reports/types';
import type { Filter } from '../../ports/store';
import { ACTIVE_STATUSES } from '../../../src/domain/reports/status';
import type { ActionHandler } from '../context';
import { pageOfAny } from '../../kit/paging';
import { communitiesOf } from '../actor';
import { queueItems } from './views';

export const adminList: ActionHandler<'reports.adminList'> = async (input, ctx) => {
  const { actor } = ctx;
  const now = ctx.clock.now();
  // The street office's list is its communities' lists merged: each is read (and counted) on its own community
  // index, where one read by street would check every case's community for the count.
  const communities = await communitiesOf(ctx.store, actor);
  const filter: Filter = {};
  if (input.status) filter.status = input.status;
  if (input.category) filter.category = input.category;
  if (input.gridId) filter.gridId = input.gridId === 'none' ? null : input.gridId;
  if (input.flagged !== undefined) filter.flagged = input.flagged;
  if (input.overdue) {
    // Overdue applies only to cases whose deadline still runs.
    if (input.status && !ACTIVE_STATUSES.includes(input.status)) return { items: [], nextBefore: null, total: 0 };
    if (!input.status) filter.status = { $in: [...ACTIVE_STATUSES] };
    filter.dueAt = { $lt: now };
  }
  const { items: reports, nextBefore } = await pageOfAny<Report>(ctx.store, 'reports', filter, 'communityId', communities, input.before);
  const items = await queueItems({ store: ctx.store, files: ctx.files, now }, reports);
  // The committee reads "共 N 件" above the list: counted once, with the first page.
  if (input.before) return { items, nextBefore };
  const counts = await Promise.all(communities.map((communityId) => ctx.store.count('reports', { ...filter, communityId })));
  return { items, nextBefore, total: counts.reduce((sum, n) => sum + n, 0) };
};
