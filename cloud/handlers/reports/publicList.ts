// The community's cases as any member may see them, newest first: progress, never who reported them.
import type { Report } from '../../../src/domain/reports/types';
import { OPEN_STATUSES } from '../../../src/domain/reports/status';
import type { ReportStatus } from '../../../src/domain/reports/types';
import { loadCommunity } from './access';
import type { ActionHandler } from '../context';
import { pageOf } from '../../kit/paging';
import { publicViews } from './views';

const STATUS_FILTERS: Record<'open' | 'closed' | 'all', readonly ReportStatus[]> = {
  open: OPEN_STATUSES,
  closed: ['closed'],
  all: [...OPEN_STATUSES, 'closed', 'duplicate'],
};

export const publicList: ActionHandler<'reports.publicList'> = async (input, ctx) => {
  const community = await loadCommunity(ctx.store, ctx.actor.communityId);
  const statuses = STATUS_FILTERS[input.status ?? 'all'];
  const { items: reports, nextBefore } = await pageOf<Report>(ctx.store, 'reports', { communityId: community.id, status: { $in: [...statuses] }, hidden: false }, input.before);
  const items = await publicViews({ store: ctx.store, files: ctx.files, now: ctx.clock.now() }, reports, () => 'public');
  return { items, nextBefore };
};
