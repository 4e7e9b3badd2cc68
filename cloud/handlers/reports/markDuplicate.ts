// The committee closes a case as a duplicate of another open or closed case of the same community.
import type { Report } from '../../../src/domain/reports/types';
import { ActionError, conflict } from '../errors';
import { loadModerated, REPORT_NOT_FOUND } from './access';
import { moveReport } from './events';
import { notifyUsers, reportLink, subjectOf } from './notify';
import type { ActionHandler } from '../context';

export const markDuplicate: ActionHandler<'reports.markDuplicate'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  if (input.duplicateOf === report.id) throw conflict('self_duplicate', '不能标记为与自身重复');
  const original = await ctx.store.get<Report>('reports', input.duplicateOf);
  if (!original || original.communityId !== report.communityId) {
    throw new ActionError('NOT_FOUND', REPORT_NOT_FOUND, { fields: { duplicateOf: '找不到该问题' } });
  }
  if (original.status === 'duplicate') throw conflict('duplicate_of_duplicate', '所选问题本身已被标记为重复，请选择原始问题');
  const moved = await moveReport(ctx, report, 'markDuplicate', {
    kind: 'marked_duplicate',
    note: '与另一条上报重复，已合并跟进',
    patch: { duplicateOf: original.id, handlerId: undefined },
  });
  await notifyUsers(ctx, [report.reporterId], {
    communityId: report.communityId,
    kind: 'report.duplicate',
    title: '您上报的问题已合并到相同问题',
    body: subjectOf(report),
    link: reportLink(original.id),
  });
  return { id: moved.id, status: moved.status };
};
