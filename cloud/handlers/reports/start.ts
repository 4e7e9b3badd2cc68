// The handler starts work on the spot (处理中); the reporter is told.
import { loadHandled } from './access';
import { moveReport } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

export const startReport: ActionHandler<'reports.start'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  const moved = await moveReport(ctx, report, 'start', { kind: 'started', patch: { handlerId: ctx.actor.userId } });
  await tellAbout(ctx, [report.reporterId], 'report.started', report);
  return { id: moved.id, status: moved.status };
};
