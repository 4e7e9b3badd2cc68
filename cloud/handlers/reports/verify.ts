// 谁上报谁核查: the reporter confirms the fix (办结) or sends it back with a reason; the third rejection flags the
// case to the committee (督办).
import { canVerify } from '../../../src/domain/reports/rules';
import { shouldFlag } from '../../../src/domain/reports/status';
import { forbidden } from '../errors';
import { loadReport } from './access';
import { recordAct } from '../../kit/acts';
import { assertCleanText } from '../../kit/content';
import { moveReport } from './events';
import { dutyUsers, handlersOf, reportLink, tellAbout } from './notify';
import type { StoreTx } from '../../ports/store';
import type { ActionHandler } from '../context';

export const verifyReport: ActionHandler<'reports.verify'> = async (input, ctx) => {
  const report = await loadReport(ctx.store, ctx.actor, input.reportId);
  if (!canVerify(ctx.actor, report)) throw forbidden('report.reporterOnly');
  const handlers = report.handlerId ? [report.handlerId] : await handlersOf(ctx.store, report);

  if (input.decision === 'confirm') {
    const closedAt = ctx.clock.now();
    // The reporter's own confirmed case is a verified act (践诺); a 代办 case is the grid worker's errand, not theirs.
    const alongside = report.filedBy
      ? undefined
      : (tx: StoreTx) =>
          recordAct(tx, {
            sourceId: report.id,
            communityId: report.communityId,
            userId: report.reporterId,
            householdId: ctx.actor.householdId ?? null,
            kind: 'report.confirmed',
            params: { category: `@category.${report.category}` },
            link: reportLink(report.id),
            at: closedAt,
          });
    const moved = await moveReport(ctx, report, 'confirm', { kind: 'confirmed', patch: { closedAt }, alongside });
    await tellAbout(ctx, handlers, 'report.closed', report);
    return { id: moved.id, status: moved.status };
  }

  await assertCleanText(ctx, input.reason);
  const rejections = report.rejections + 1;
  const flagged = report.flagged || shouldFlag(rejections);
  const moved = await moveReport(ctx, report, 'reject', { kind: 'rejected', note: input.reason, patch: { rejections, flagged } });
  await tellAbout(ctx, handlers, 'report.rejected', report);
  if (flagged && !report.flagged) {
    await tellAbout(ctx, await dutyUsers(ctx.store, report.communityId), 'report.flagged', report, { rejections });
  }
  return { id: moved.id, status: moved.status };
};
