// The committee closes a case as a duplicate of another open or closed case of the same community.
import type { Report } from '../../../src/domain/reports/types';
import { ActionError, conflict } from '../errors';
import { loadModerated } from './access';
import { moveReport } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

const duplicateOfDuplicate = () => conflict('report.duplicateOfDuplicate');

export const markDuplicate: ActionHandler<'reports.markDuplicate'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  if (input.duplicateOf === report.id) throw conflict('report.selfDuplicate');
  const original = await ctx.store.get<Report>('reports', input.duplicateOf);
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
