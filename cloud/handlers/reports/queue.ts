// A handler's work list: a grid worker's grids, the committee's duty queue (community level, incl. unrouted
// cases), the street office's escalations. Cases awaiting the reporter's check stay listed. Overdue first.
import type { Actor } from '../../../src/domain/roles';
import { ACTIVE_STATUSES, isOverdue } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import type { Store } from '../../ports';
import type { ActionHandler } from '../context';
import { queueItems } from './views';

const QUEUE_LIMIT = 200;
const WATCHED = [...ACTIVE_STATUSES, 'resolved'];

async function casesOf(store: Store, actor: Actor): Promise<Report[]> {
  const status = { $in: WATCHED };
  const options = { orderBy: [['dueAt', 'asc']] as Array<[string, 'asc' | 'desc']>, limit: QUEUE_LIMIT };
  switch (actor.role) {
    case 'grid_worker': {
      if (!actor.communityId) return [];
      const perGrid = await Promise.all(
        actor.gridIds.map((gridId) => store.find<Report>('reports', { communityId: actor.communityId!, gridId, status, level: 'grid' }, options)),
      );
      return perGrid.flat();
    }
    case 'committee':
      return actor.communityId ? store.find<Report>('reports', { communityId: actor.communityId, status, level: 'community' }, options) : [];
    case 'street':
      return actor.streetId ? store.find<Report>('reports', { streetId: actor.streetId, status, level: 'street' }, options) : [];
    default:
      return [];
  }
}

export const handlerQueue: ActionHandler<'reports.queue'> = async (input, ctx) => {
  const now = ctx.clock.now();
  const cases = (await casesOf(ctx.store, ctx.actor))
    .filter((report) => !input.overdueOnly || isOverdue(report, now))
    .sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || a.dueAt - b.dueAt)
    .slice(0, QUEUE_LIMIT);
  return queueItems({ store: ctx.store, files: ctx.files, now }, cases);
};
