// The community's cases as any member may see them, newest first: progress, never who reported them.
import { OPEN_STATUSES } from '../../../src/domain/reports/status';
import type { ReportStatus } from '../../../src/domain/reports/types';
import { loadCommunity } from './access';
import type { ActionHandler } from '../context';
import { pageOf, publicViews } from './views';

const STATUS_FILTERS: Record<'open' | 'closed' | 'all', readonly ReportStatus[]> = {
  open: OPEN_STATUSES,
  closed: ['closed'],
  all: [...OPEN_STATUSES, 'closed', 'duplicate'],
};

export const publicList: ActionHandler<'reports.publicList'> = async (input, ctx) => {
  const community = await loadCommunity(ctx.store, ctx.actor.communityId);
  const statuses = STATUS_FILTERS[input.status ?? 'all'];
  const { reports, nextBefore } = await pageOf(ctx.store, { communityId: community.id, status: { $in: [...statuses] }, hidden: false }, input.before);
  const items = await publicViews({ store: ctx.store, files: ctx.files, now: ctx.clock.now() }, reports, () => 'public');
  return { items, nextBefore };
};
