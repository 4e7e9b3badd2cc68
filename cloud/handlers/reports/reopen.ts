// 前清后涂: a problem that came back within 30 days of being closed is reopened as a new case linked to the old
// one, at the same spot and category, by any member of the community; both timelines record it.
import { newReport } from '../../../src/domain/reports/newReport';
import { canReopen, caseCounterKey, caseNoOf, routeToGrid } from '../../../src/domain/reports/rules';
import { chinaYear, nextNumber } from '../../kit/counters';
import { REOPEN_WINDOW_DAYS } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import { conflict, forbidden } from '../errors';
import { gridsOf } from '../../kit/layout';
import { loadReport } from './access';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { actorRoleOf, eventOf, newReportId } from './events';
import { handlersOf, tellAbout } from './notify';
import type { ActionHandler } from '../context';

const alreadyReopened = () => conflict('report.alreadyReopened');

export const reopenReport: ActionHandler<'reports.reopen'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const old = await loadReport(store, actor, input.reportId);
  const now = ctx.clock.now();
  if (old.status !== 'closed') {
    throw conflict('report.onlyClosedReopen', { status: `@status.${old.status}` });
  }
  if (actor.communityId !== old.communityId) throw forbidden('report.reopenMembersOnly');
  if (old.reopenedAs) throw alreadyReopened();
  if (!canReopen(actor, old, now)) throw conflict('report.reopenWindowPassed', { days: REOPEN_WINDOW_DAYS });

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
    reporterRole: actorRoleOf(actor),
    showName: false,
    reopenedFrom: old.id,
    now,
  });
  const linked = eventOf(old.id, 'reopened', 'closed', actor, now, '@report.noteReopenedAs');

  await store.transaction(async (tx) => {
    // The claim decides: of residents reopening at once, only the first links a new case to the old one.
    const claimed = await tx.update('reports', old.id, { updatedAt: now, reopenedAs: report.id }, { status: 'closed', reopenedAs: null });
    if (!claimed) throw (await tx.get<Report>('reports', old.id))?.reopenedAs ? alreadyReopened() : conflict('report.stale');
    const year = chinaYear(now);
    report.caseNo = caseNoOf(year, await nextNumber(tx, caseCounterKey(report.communityId, year)));
    report.photos = await linkPendingChecks(tx, { collection: 'reports', docId: report.id, field: 'photos', now }, checked);
    await tx.insert('reports', report);
    await tx.insert('reportEvents', linked);
  });

  await tellAbout(ctx, [...(await handlersOf(store, report)), old.handlerId], 'report.reopened', report);
  return { id: report.id };
};
