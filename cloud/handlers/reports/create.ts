// Filing a case (随手拍), by a resident or by a grid worker for a resident without a phone (代办): text and
// photos pass content security, the spot is routed to its grid (else the duty queue), the deadline follows the
// category, and the report lands together with its first event; then the people who handle it are told.
import * as v from 'valibot';
import { newReport } from '../../../src/domain/reports/newReport';
import { caseCounterKey, caseNoOf, routeToGrid } from '../../../src/domain/reports/rules';
import { chinaYear, nextNumber } from '../../kit/counters';
import type { CreateReportInput } from '../../../src/domain/reports/schemas';
import type { HandlerContext } from '../context';
import { gridsOf, loadCommunity } from './access';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { eventOf, newReportId } from './events';
import { handlersOf, noticesAbout } from './notify';
import type { ActionHandler } from '../context';

type Filing = v.InferOutput<typeof CreateReportInput> & { onBehalfOf?: string };

async function fileReport(input: Filing, ctx: HandlerContext): Promise<{ id: string }> {
  const { store, actor } = ctx;
  const community = await loadCommunity(store, actor.communityId);
  await assertCleanText(ctx, input.description, input.address, input.onBehalfOf ?? '');
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');

  const gridId = routeToGrid({ lat: input.lat, lng: input.lng }, await gridsOf(store, community.id));
  const now = ctx.clock.now();
  const report = newReport({
    id: newReportId(),
    communityId: community.id,
    streetId: community.streetId,
    gridId,
    category: input.category,
    description: input.description,
    photos: checked.photos,
    lat: input.lat,
    lng: input.lng,
    address: input.address,
    reporterId: actor.userId,
    showName: input.showName,
    now,
  });
  if (input.onBehalfOf) report.filedBy = { userId: actor.userId, onBehalfOf: input.onBehalfOf };
  const note = input.onBehalfOf ? `@report.noteOnBehalf?name=${encodeURIComponent(input.onBehalfOf)}` : undefined;
  const event = eventOf(report.id, 'submitted', 'submitted', actor, now, note);

  // The case, its first event and the handlers' inbox notices land in one commit.
  const told = noticesAbout(ctx, await handlersOf(store, report), 'report.submitted', report);
  await store.transaction(async (tx) => {
    const year = chinaYear(now);
    report.caseNo = caseNoOf(year, await nextNumber(tx, caseCounterKey(report.communityId, year)));
    report.photos = await linkPendingChecks(tx, { collection: 'reports', docId: report.id, field: 'photos', now }, checked);
    await tx.insert('reports', report);
    await tx.insert('reportEvents', event);
    await told.write(tx);
  });
  await told.push();
  return { id: report.id };
}

export const createReport: ActionHandler<'reports.create'> = (input, ctx) => fileReport(input, ctx);

export const createOnBehalf: ActionHandler<'reports.createOnBehalf'> = (input, ctx) => fileReport(input, ctx);
