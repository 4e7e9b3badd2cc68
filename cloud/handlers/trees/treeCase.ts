// A sick or dead tree becomes a 随手拍 case (绿化损坏) routed to its grid, filed by whoever found it, through the
// reports' own filing. The tree holds one open case at a time: the claim on its `caseId` is conditional on the
// value read, so two neighbours finding the sickness together open one case and the second log joins it.
import { renderMessage } from '../../../src/domain/messages';
import { OPEN_STATUSES } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import { speciesOf } from '../../../src/domain/trees/species';
import type { CareLog, Tree } from '../../../src/domain/trees/types';
import type { HandlerContext } from '../context';
import { newReportId } from '../reports/events';
import { fileReport } from '../reports/file';
import { loadTree } from './access';

const DESCRIPTION_MAX = 200;

/** The case's description, in the committee's language, naming the tree so the worker finds it. */
function describe(tree: Tree, log: CareLog): string {
  const text = renderMessage('tree.caseDescription', 'zh', {
    species: speciesOf(tree.species).zh,
    code: tree.code,
    condition: renderMessage(`condition.${log.condition ?? tree.condition}`, 'zh'),
    note: log.note || renderMessage('tree.caseNoNote', 'zh'),
  });
  return Array.from(text).slice(0, DESCRIPTION_MAX).join('');
}

async function openCaseOf(ctx: HandlerContext, caseId: string | null): Promise<string | null> {
  if (!caseId) return null;
  const report = await ctx.store.get<Report>('reports', caseId);
  return report && OPEN_STATUSES.includes(report.status) ? report.id : null;
}

/** Opens the tree's case (or joins the one being handled) and links the log to it; answers the case id. */
export async function openTreeCase(ctx: HandlerContext, tree: Tree, log: CareLog): Promise<string> {
  let caseId = await openCaseOf(ctx, tree.caseId);
  if (!caseId) {
    const claimed = newReportId();
    if (await ctx.store.update('trees', tree.id, { caseId: claimed }, { caseId: tree.caseId })) {
      try {
        await fileReport(ctx, {
          id: claimed,
          category: 'greenery',
          description: describe(tree, log),
          photoIds: log.photos.map((photo) => photo.fileId),
          lat: tree.lat,
          lng: tree.lng,
          address: tree.spot,
          showName: false,
          subject: { kind: 'tree', id: tree.id },
        });
      } catch (error) {
        await ctx.store.update('trees', tree.id, { caseId: tree.caseId }, { caseId: claimed });
        throw error;
      }
      caseId = claimed;
    } else {
      // Someone else claimed the case a moment ago: join theirs.
      caseId = (await loadTree(ctx.store, tree.id)).caseId;
    }
  }
  if (caseId) await ctx.store.update('careLogs', log.id, { caseId });
  return caseId ?? '';
}
