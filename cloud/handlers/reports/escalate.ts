// 逐级上报: a case the handler cannot settle goes one level up (grid → community → street) with a reason, back to
// 待受理 there; the next level's people are told.
import { nextLevel } from '../../../src/domain/reports/status';
import { conflict } from '../errors';
import { loadHandled } from './access';
import { assertCleanText } from '../../kit/content';
import { moveReport } from './events';
import { handlersOf, tellAbout } from './notify';
import type { ActionHandler } from '../context';

const LEVEL_WORDS = { grid: '@report.levelGrid', community: '@report.levelCommunity', street: '@report.levelStreet' } as const;

export const escalateReport: ActionHandler<'reports.escalate'> = async (input, ctx) => {
  const report = await loadHandled(ctx.store, ctx.actor, input.reportId);
  const level = nextLevel(report.level);
  if (!level) throw conflict('report.topLevel');
  await assertCleanText(ctx, input.reason);
  const moved = await moveReport(ctx, report, 'escalate', {
    kind: 'escalated',
    note: input.reason,
    patch: { level, handlerId: undefined },
  });
  await tellAbout(ctx, await handlersOf(ctx.store, moved), 'report.escalated', report, { from: LEVEL_WORDS[report.level] });
  await tellAbout(ctx, [report.reporterId], 'report.escalatedToYou', report, { to: LEVEL_WORDS[level] });
  return { id: moved.id, status: moved.status };
};
