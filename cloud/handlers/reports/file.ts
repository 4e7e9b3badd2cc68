// Filing a case (随手拍), for any handler that files one: a resident's report, a grid worker's 代办, a care log that
// found a sick tree. Text and photos pass content security, the spot is routed to its grid (else the duty queue),
// the deadline follows the category, and the report lands with its number and photo claims, carrying its own
// filing as the first entry of its timeline; then the people who handle it are told, and so is anyone answerable
// for the spot (a shop's 门前三包 zone) — the grid still owns it.
import { newReport } from '../../../src/domain/reports/newReport';
import { caseCounterKey, caseNoOf, routeToGrid } from '../../../src/domain/reports/rules';
import { chinaYear, nextNumber } from '../../kit/counters';
import type { CategoryKey } from '../../../src/domain/reports/categories';
import type { Report, ReportSubject } from '../../../src/domain/reports/types';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { noticesFor, type Notices } from '../../kit/notify';
import { layoutOf, type Layout } from '../../kit/layout';
import { responsibleFor } from '../../kit/zones';
import type { HandlerContext } from '../context';
import { loadCommunity } from './access';
import { actorRoleOf, newReportId } from './events';
import { handlersOf, noticesAbout, reportLink, subjectOf } from './notify';

export interface Filing {
  category: CategoryKey;
  description: string;
  photoIds: string[];
  lat: number;
  lng: number;
  address: string;
  showName: boolean;
  /** 代办: the resident a grid worker files for. */
  onBehalfOf?: string;
  /** The record the case is about, when another feature files it. */
  subject?: ReportSubject;
  /** A case id chosen beforehand, when the caller must claim it elsewhere first. */
  id?: string;
}

export async function fileReport(ctx: HandlerContext, filing: Filing): Promise<Report> {
  const { store, actor } = ctx;
  const community = await loadCommunity(store, actor.communityId);
  await assertCleanText(ctx, filing.description, filing.address, filing.onBehalfOf ?? '');
  const checked = await checkPhotos(ctx, filing.photoIds, 'photoIds');

  const point = { lat: filing.lat, lng: filing.lng };
  const layout = await layoutOf(store, community);
  const gridId = routeToGrid(point, layout.grids);
  const now = ctx.clock.now();
  const report = newReport({
    id: filing.id ?? newReportId(),
    communityId: community.id,
    streetId: community.streetId,
    gridId,
    category: filing.category,
    description: filing.description,
    photos: checked.photos,
    lat: filing.lat,
    lng: filing.lng,
    address: filing.address,
    reporterId: actor.userId,
    reporterRole: actorRoleOf(actor),
    showName: filing.showName,
    now,
  });
  if (filing.onBehalfOf) report.filedBy = { userId: actor.userId, onBehalfOf: filing.onBehalfOf };
  if (filing.subject) report.subject = filing.subject;

  // The case, its number, its photo claims and the notices of its handlers and of those answerable for the spot
  // land in one commit.
  const handlers = await handlersOf(store, report);
  const told = [noticesAbout(ctx, handlers, 'report.submitted', report), ...responsibleNotices(ctx, report, layout.zones, handlers)];
  await store.transaction(async (tx) => {
    const year = chinaYear(now);
    report.caseNo = caseNoOf(year, await nextNumber(tx, caseCounterKey(report.communityId, year)));
    report.photos = await linkPendingChecks(tx, { collection: 'reports', docId: report.id, field: 'photos', now }, checked);
    await tx.insert('reports', report);
    for (const notices of told) await notices.write(tx);
  });
  for (const notices of told) await notices.push();
  return report;
}

/** The owners of every zone holding the spot hear of the case as answerable for it (handlers hear already). */
function responsibleNotices(ctx: HandlerContext, report: Report, zones: Layout['zones'], handlers: readonly string[]): Notices[] {
  return responsibleFor(zones, report).map((party) =>
    noticesFor(ctx, party.ownerIds.filter((id) => !handlers.includes(id)), {
      communityId: report.communityId,
      kind: 'report.inYourZone',
      params: { ...subjectOf(report), zone: party.label },
      link: reportLink(report.id),
    }),
  );
}
