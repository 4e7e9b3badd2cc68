// The handler reports the fix with after-photos and a note; the reporter is asked to check it (谁上报谁核查).
import { loadHandled } from './access';
import { assertCleanText, checkPhotos, linkPendingChecks } from './content';
import { moveReport } from './events';
import { notifyUsers, reportLink, subjectOf } from './notify';
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
    alongside: async (tx) => ({ afterPhotos: await linkPendingChecks(tx, { reportId: report.id, field: 'afterPhotos', now }, checked) }),
  });
  await notifyUsers(ctx, [report.reporterId], {
    communityId: report.communityId,
    kind: 'report.resolved',
    title: '您上报的问题已处理，请核查',
    body: subjectOf(report),
    link: reportLink(report.id),
  });
  return { id: moved.id, status: moved.status };
};
