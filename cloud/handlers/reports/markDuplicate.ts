// The committee closes a case as a duplicate of another open or closed case of the same community.
import type { Report } from '../../../src/domain/reports/types';
import { ActionError, conflict } from '../errors';
import { loadModerated } from './access';
import { moveReport } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

export const markDuplicate: ActionHandler<'reports.markDuplicate'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  if (input.duplicateOf === report.id) throw conflict('report.selfDuplicate');
  const original = await ctx.store.get<Report>('reports', input.duplicateOf);
  if (!original || original.communityId !== report.communityId) {
    throw new ActionError('NOT_FOUND', 'report.notFound', { fields: { duplicateOf: 'report.duplicateNotFound' } });
  }
  if (original.status === 'duplicate') throw conflict('report.duplicateOfDuplicate');
  const moved = await moveReport(ctx, report, 'markDuplicate', {
    kind: 'marked_duplicate',
    note: '@report.noteDuplicate',
    patch: { duplicateOf: original.id, handlerId: undefined },
  });
  await tellAbout(ctx, [report.reporterId], 'report.duplicate', report, {}, original.id);
  return { id: moved.id, status: moved.status };
};
