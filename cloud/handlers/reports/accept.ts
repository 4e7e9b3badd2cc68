// The handler takes the case (受理): only one of two racing workers wins; the reporter is told.
import { loadHandled } from './access';
import { moveReport } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

export const acceptReport: ActionHandler<'reports.accept'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  const moved = await moveReport(ctx, report, 'accept', { kind: 'accepted', patch: { handlerId: ctx.actor.userId } });
  await tellAbout(ctx, [report.reporterId], 'report.accepted', report);
  return { id: moved.id, status: moved.status };
};
