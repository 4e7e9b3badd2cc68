// Who hears about a case; telling them goes through the kit's one notify path (after commit, never failing).
import type { Community, Grid, Street } from '../../../src/domain/membership/types';
import type { MessageParams } from '../../../src/domain/common/messages';
import type { NoticeKindName } from '../../../src/domain/messages';
import type { Report } from '../../../src/domain/reports/types';
import { noticesFor, notify, type Notices } from '../../kit/notify';
import type { Store } from '../../ports';
import type { HandlerContext } from '../context';

export const reportLink = (reportId: string): string => `/features/reports/pages/detail/index?id=${encodeURIComponent(reportId)}`;

/** The notice parameters naming a case: its category (rendered in the reader's language) and spot. */
export const subjectOf = (report: Pick<Report, 'category' | 'address'>): MessageParams => ({ category: `@category.${report.category}`, address: report.address });

export async function dutyUsers(store: Store, communityId: string): Promise<string[]> {
  return (await store.get<Community>('communities', communityId))?.dutyUserIds ?? [];
}

export async function streetOfficers(store: Store, streetId: string): Promise<string[]> {
  return (await store.get<Street>('streets', streetId))?.officerIds ?? [];
}

/** The people who handle the case at its level now; a grid without a worker falls back to the duty roster. */
export async function handlersOf(store: Store, report: Pick<Report, 'communityId' | 'streetId' | 'gridId' | 'level'>): Promise<string[]> {
  if (report.level === 'street') return streetOfficers(store, report.streetId);
  if (report.level === 'grid' && report.gridId) {
    const workers = (await store.get<Grid>('grids', report.gridId))?.workerIds ?? [];
    if (workers.length) return workers;
  }
  return dutyUsers(store, report.communityId);
}

/** The notices about a case, to write inside the transaction that changes it (then push them after the commit). */
export const noticesAbout = (ctx: HandlerContext, userIds: ReadonlyArray<string | undefined | null>, kind: NoticeKindName, report: Report): Notices =>
  noticesFor(ctx, userIds, { communityId: report.communityId, kind, params: subjectOf(report), link: reportLink(report.id) });

/** Tells people about a case after the change, linking to it (or to `linkTo`, e.g. the case it was merged into). */
export async function tellAbout(
  ctx: HandlerContext,
  userIds: ReadonlyArray<string | undefined | null>,
  kind: NoticeKindName,
  report: Report,
  extra: MessageParams = {},
  linkTo = report.id,
): Promise<void> {
  await notify(ctx, userIds, { communityId: report.communityId, kind, params: { ...subjectOf(report), ...extra }, link: reportLink(linkTo) });
}
