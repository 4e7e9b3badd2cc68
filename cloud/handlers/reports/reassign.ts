// The committee sends an unfinished case to another grid, or to the community's duty queue (gridId null);
// it starts again as 待受理 there and the new handlers are told.
import type { Grid } from '../../../src/domain/membership/types';
import { ActionError } from '../errors';
import { loadModerated } from './access';
import { assertCleanText } from '../../kit/content';
import { moveReport } from './events';
import { handlersOf, tellAbout } from './notify';
import type { ActionHandler } from '../context';

export const reassignReport: ActionHandler<'reports.reassign'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  const grid = input.gridId ? await ctx.store.get<Grid>('grids', input.gridId) : null;
  if (input.gridId && (!grid || grid.communityId !== report.communityId)) throw new ActionError('NOT_FOUND', 'report.gridUnknown', { fields: { gridId: 'report.gridUnknown' } });
  if (input.note) await assertCleanText(ctx, input.note);
  const moved = await moveReport(ctx, report, 'reassign', {
    kind: 'reassigned',
    note: input.note ?? (grid ? `@report.noteReassigned?to=${encodeURIComponent(grid.name)}` : '@report.noteToDuty'),
    patch: { gridId: grid?.id ?? null, level: grid ? 'grid' : 'community', handlerId: undefined },
  });
  await tellAbout(ctx, await handlersOf(ctx.store, moved), 'report.reassigned', report);
  return { id: moved.id, status: moved.status };
};
