// The handler reports the fix with after-photos and a note; the reporter is asked to check it (谁上报谁核查).
import { loadHandled } from './access';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { moveReport } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

export const resolveReport: ActionHandler<'reports.resolve'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  await assertCleanText(ctx, input.note);
  const checked = await checkPhotos(ctx, input.afterPhotoIds, 'afterPhotoIds');
  const now = ctx.clock.now();
  const moved = await moveReport(ctx, report, 'resolve', {
    kind: 'resolved',
    note: input.note,
    patch: { handlerId: ctx.actor.userId, resolutionNote: input.note, resolvedAt: now },
    alongside: async (tx) => ({ afterPhotos: await linkPendingChecks(tx, { collection: 'reports', docId: report.id, field: 'afterPhotos', now }, checked) }),
  });
  await tellAbout(ctx, [report.reporterId], 'report.resolved', report);
  return { id: moved.id, status: moved.status };
};
