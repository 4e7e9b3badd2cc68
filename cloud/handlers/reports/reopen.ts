// 前清后涂: a problem that came back within 30 days of being closed is reopened as a new case linked to the old
// one, at the same spot and category, by any member of the community; both timelines record it.
import { newReport } from '../../../src/domain/reports/newReport';
import { canReopen, routeToGrid } from '../../../src/domain/reports/rules';
import { OPEN_STATUSES, REOPEN_WINDOW_DAYS, STATUS_LABELS } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import { conflict, forbidden } from '../errors';
import { gridsOf, loadReport } from './access';
import { assertCleanText, checkPhotos, linkPendingChecks } from './content';
import { eventOf, newReportId, nextEventId, STALE_MESSAGE } from './events';
import { handlersOf, notifyUsers, reportLink, subjectOf } from './notify';
import type { ActionHandler } from '../context';

export const reopenReport: ActionHandler<'reports.reopen'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const old = await loadReport(store, actor, input.reportId);
  const now = ctx.clock.now();
  if (old.status !== 'closed') {
    throw conflict('invalid_transition', `当前状态为「${STATUS_LABELS[old.status].zh}」，只有已办结的问题可以重新打开`);
  }
  if (actor.communityId !== old.communityId) throw forbidden('只有本社区成员可以重新打开该问题');
  if (!canReopen(actor, old, now)) throw conflict('reopen_window_passed', `该问题办结已超过${REOPEN_WINDOW_DAYS}天，请直接重新上报`);
  const [again] = await store.find<Report>('reports', { communityId: old.communityId, reopenedFrom: old.id, status: { $in: [...OPEN_STATUSES] } }, { limit: 1 });
  if (again) throw conflict('already_reopened', '该问题已被重新打开，请在新的问题中跟进');

  await assertCleanText(ctx, input.description);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');
  const gridId = routeToGrid(old, await gridsOf(store, old.communityId));
  const report = newReport({
    id: newReportId(),
    communityId: old.communityId,
    streetId: old.streetId,
    gridId,
    category: old.category,
    description: input.description,
    photos: checked.photos,
    lat: old.lat,
    lng: old.lng,
    address: old.address,
    reporterId: actor.userId,
    showName: false,
    reopenedFrom: old.id,
    now,
  });
  const opened = eventOf(await nextEventId(store, report.id), report.id, 'reopened', 'submitted', actor, now, '问题再次出现，重新打开');
  const linked = eventOf(await nextEventId(store, old.id), old.id, 'reopened', 'closed', actor, now, '问题再次出现，已重新打开为新问题');

  await store.transaction(async (tx) => {
    if (!(await tx.update('reports', old.id, { updatedAt: now }, { status: 'closed' }))) throw conflict('stale', STALE_MESSAGE);
    report.photos = await linkPendingChecks(tx, { reportId: report.id, field: 'photos', now }, checked);
    await tx.insert('reports', report);
    await tx.insert('reportEvents', opened);
    await tx.insert('reportEvents', linked);
  });

  await notifyUsers(ctx, [...(await handlersOf(store, report)), old.handlerId], {
    communityId: report.communityId,
    kind: 'report.reopened',
    title: '已办结的问题再次出现',
    body: subjectOf(report),
    link: reportLink(report.id),
  });
  return { id: report.id };
};
