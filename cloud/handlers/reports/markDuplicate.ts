// The committee closes a case as a duplicate of another open or closed case of the same community.
import type { Report } from '../../../src/domain/reports/types';
import { ActionError, conflict } from '../errors';
import { loadModerated } from './access';
import { moveReport } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

const duplicateOfDuplicate = () => conflict('report.duplicateOfDuplicate');
const CASE_NO = /^\d{4}-\d{4,}$/;

export const markDuplicate: ActionHandler<'reports.markDuplicate'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  // The committee types the number people see (2026-0042); an id works too.
  const [byNumber] = CASE_NO.test(input.duplicateOf)
    ? await ctx.store.find<Report>('reports', { communityId: report.communityId, caseNo: input.duplicateOf }, { limit: 1 })
    : [];
  const original = byNumber ?? (await ctx.store.get<Report>('reports', input.duplicateOf));
  if (original?.id === report.id) throw conflict('report.selfDuplicate');
  if (!original || original.communityId !== report.communityId) {
    throw new ActionError('NOT_FOUND', 'report.notFound', { fields: { duplicateOf: 'report.duplicateNotFound' } });
  }
  if (original.status === 'duplicate') throw duplicateOfDuplicate();
  const moved = await moveReport(ctx, report, 'markDuplicate', {
    kind: 'marked_duplicate',
    note: '@report.noteDuplicate',
    patch: { duplicateOf: original.id, handlerId: undefined },
    // Decided in the move's transaction by a write on the original: A→B and B→A at once cannot both land.
    alongside: async (tx) => {
      const counted = await tx.increment('reports', original.id, 'duplicateCount', 1, { communityId: report.communityId, status: { $ne: 'duplicate' } });
      if (!counted) throw duplicateOfDuplicate();
    },
  });
  await tellAbout(ctx, [report.reporterId], 'report.duplicate', report, {}, original.id);
  return { id: moved.id, status: moved.status };
};
