// Loading what a report action works on, refusing the way the rules say: another community's case is
// NOT_FOUND (its existence never leaks), a visible case the caller may not touch is FORBIDDEN.
import type { Community, Grid } from '../../../src/domain/membership/types';
import { inGroup, type Actor } from '../../../src/domain/roles';
import { canHandle, canModerate, canSee } from '../../../src/domain/reports/rules';
import type { Report } from '../../../src/domain/reports/types';
import type { Store } from '../../ports';
import { ActionError, forbidden, notFound } from '../errors';

const reportNotFound = (): ActionError => new ActionError('NOT_FOUND', 'report.notFound');

/** Handlers of any kind: hidden cases stay in their lists. */
export const seesHidden = (actor: Actor): boolean => inGroup('handlers', actor.role);

/** The case if the caller may see it; hidden cases are visible only to staff and their reporter. */
export async function loadReport(store: Store, actor: Actor, reportId: string): Promise<Report> {
  const report = await store.get<Report>('reports', reportId);
  if (!report || !canSee(actor, report)) throw reportNotFound();
  if (report.hidden && !seesHidden(actor) && report.reporterId !== actor.userId) throw reportNotFound();
  return report;
}

export async function loadHandled(store: Store, actor: Actor, reportId: string): Promise<Report> {
  const report = await loadReport(store, actor, reportId);
  if (!canHandle(actor, report)) throw forbidden('report.notYours');
  return report;
}

export async function loadModerated(store: Store, actor: Actor, reportId: string): Promise<Report> {
  const report = await loadReport(store, actor, reportId);
  if (!canModerate(actor, report)) throw forbidden('report.committeeOnly');
  return report;
}

export async function loadCommunity(store: Store, communityId: string | undefined): Promise<Community> {
  const community = communityId ? await store.get<Community>('communities', communityId) : null;
  if (!community) throw notFound('membership.communityNotFound');
  return community;
}

/** Grid id → name, for every grid the given cases sit in. */
export async function gridNames(store: Store, reports: ReadonlyArray<Pick<Report, 'gridId'>>): Promise<Map<string, string>> {
  const ids = [...new Set(reports.map((report) => report.gridId).filter((id): id is string => id !== null))];
  if (!ids.length) return new Map();
  const grids = await store.find<Grid>('grids', { id: { $in: ids } });
  return new Map(grids.map((grid) => [grid.id, grid.name]));
}
