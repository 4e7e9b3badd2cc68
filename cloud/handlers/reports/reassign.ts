// The committee sends an unfinished case to another grid, or to the community's duty queue (gridId null);
// it starts again as 待受理 there and the new handlers are told.
import type { Grid } from '../../../src/domain/membership/types';
import { notFound } from '../errors';
import { loadModerated } from './access';
import { assertCleanText } from './content';
import { moveReport } from './events';
import { handlersOf, notifyUsers, reportLink, subjectOf } from './notify';
import type { ActionHandler } from '../context';

export const reassignReport: ActionHandler<'reports.reassign'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  const grid = input.gridId ? await ctx.store.get<Grid>('grids', input.gridId) : null;
  if (input.gridId && (!grid || grid.communityId !== report.communityId)) throw notFound('grid');
  if (input.note) await assertCleanText(ctx, input.note);
  const moved = await moveReport(ctx, report, 'reassign', {
    kind: 'reassigned',
    note: input.note ?? `改派至${grid ? grid.name : '社区值班'}`,
    patch: { gridId: grid?.id ?? null, level: grid ? 'grid' : 'community', handlerId: undefined },
  });
  await notifyUsers(ctx, await handlersOf(ctx.store, moved), {
    communityId: report.communityId,
    kind: 'report.reassigned',
    title: '有问题改派给您处理',
    body: subjectOf(report),
    link: reportLink(report.id),
  });
  return { id: moved.id, status: moved.status };
};
