// 逐级上报: a case the handler cannot settle goes one level up (grid → community → street) with a reason, back to
// 待受理 there; the next level's people are told.
import { nextLevel } from '../../../src/domain/reports/status';
import { conflict } from '../errors';
import { loadHandled } from './access';
import { assertCleanText } from './content';
import { moveReport } from './events';
import { handlersOf, notifyUsers, reportLink, subjectOf } from './notify';
import type { ActionHandler } from '../context';

const LEVEL_NAMES = { grid: '网格', community: '社区', street: '街道' } as const;

export const escalateReport: ActionHandler<'reports.escalate'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  const level = nextLevel(report.level);
  if (!level) throw conflict('top_level', '已上报至街道，不能再向上报送');
  await assertCleanText(ctx, input.reason);
  const moved = await moveReport(ctx, report, 'escalate', {
    kind: 'escalated',
    note: input.reason,
    patch: { level, handlerId: undefined },
  });
  const link = reportLink(report.id);
  await notifyUsers(ctx, await handlersOf(ctx.store, moved), {
    communityId: report.communityId,
    kind: 'report.escalated',
    title: `${LEVEL_NAMES[report.level]}上报的问题待受理`,
    body: `${subjectOf(report)}（${input.reason}）`,
    link,
  });
  await notifyUsers(ctx, [report.reporterId], {
    communityId: report.communityId,
    kind: 'report.escalated',
    title: `您上报的问题已转${LEVEL_NAMES[level]}处理`,
    body: subjectOf(report),
    link,
  });
  return { id: moved.id, status: moved.status };
};
