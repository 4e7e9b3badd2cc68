// The handler starts work on the spot (处理中); the reporter is told.
import { loadHandled } from './access';
import { moveReport } from './events';
import { tellReporter } from './notify';
import type { ActionHandler } from '../context';

export const startReport: ActionHandler<'reports.start'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  const moved = await moveReport(ctx, report, 'start', { kind: 'started', patch: { handlerId: ctx.actor.userId } });
  await tellReporter(ctx, report, 'report.started', '您上报的问题正在处理');
  return { id: moved.id, status: moved.status };
};
