// The handler takes the case (受理): only one of two racing workers wins; the reporter is told.
import { loadHandled } from './access';
import { moveReport } from './events';
import { tellReporter } from './notify';
import type { ActionHandler } from '../context';

export const acceptReport: ActionHandler<'reports.accept'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  const moved = await moveReport(ctx, report, 'accept', { kind: 'accepted', patch: { handlerId: ctx.actor.userId } });
  await tellReporter(ctx, report, 'report.accepted', '您上报的问题已受理');
  return { id: moved.id, status: moved.status };
};
