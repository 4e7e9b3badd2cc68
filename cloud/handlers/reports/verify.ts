// 谁上报谁核查: the reporter confirms the fix (办结) or sends it back with a reason; the third rejection flags the
// case to the committee (督办).
import { canVerify } from '../../../src/domain/reports/rules';
import { shouldFlag } from '../../../src/domain/reports/status';
import { forbidden } from '../errors';
import { loadReport } from './access';
import { assertCleanText } from './content';
import { moveReport } from './events';
import { dutyUsers, handlersOf, notifyUsers, reportLink, subjectOf } from './notify';
import type { ActionHandler } from '../context';

export const verifyReport: ActionHandler<'reports.verify'> = async (input, ctx) => {
  const report = await loadReport(ctx.store, ctx.actor, input.reportId);
  if (!canVerify(ctx.actor, report)) throw forbidden('只有上报人可以核查处理结果');
  const link = reportLink(report.id);
  const handlers = report.handlerId ? [report.handlerId] : await handlersOf(ctx.store, report);

  if (input.decision === 'confirm') {
    const moved = await moveReport(ctx, report, 'confirm', { kind: 'confirmed', patch: { closedAt: ctx.clock.now() } });
    await notifyUsers(ctx, handlers, { communityId: report.communityId, kind: 'report.closed', title: '上报人已确认办结', body: subjectOf(report), link });
    return { id: moved.id, status: moved.status };
  }

  await assertCleanText(ctx, input.reason);
  const rejections = report.rejections + 1;
  const flagged = report.flagged || shouldFlag(rejections);
  const moved = await moveReport(ctx, report, 'reject', { kind: 'rejected', note: input.reason, patch: { rejections, flagged } });
  await notifyUsers(ctx, handlers, {
    communityId: report.communityId,
    kind: 'report.rejected',
    title: '核查未通过，请继续处理',
    body: `${subjectOf(report)}（${input.reason}）`,
    link,
  });
  if (flagged && !report.flagged) {
    await notifyUsers(ctx, await dutyUsers(ctx.store, report.communityId), {
      communityId: report.communityId,
      kind: 'report.flagged',
      title: '督办：问题多次核查未通过',
      body: `${subjectOf(report)}（已退回${rejections}次）`,
      link,
    });
  }
  return { id: moved.id, status: moved.status };
};
