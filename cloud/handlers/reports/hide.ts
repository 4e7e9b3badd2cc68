// The committee hides a case with abusive content from the public (or shows it again); staff still see it.
import { loadModerated } from './access';
import { assertCleanText } from './content';
import { recordEvent } from './events';
import { notifyUsers, reportLink } from './notify';
import type { ActionHandler } from '../context';

export const hideReport: ActionHandler<'reports.hide'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  if (report.hidden === input.hidden) return { id: report.id, status: report.status };
  await assertCleanText(ctx, input.reason);
  await recordEvent(ctx, report, 'hidden', {
    patch: { hidden: input.hidden },
    where: { hidden: report.hidden },
    note: input.hidden ? input.reason : `取消隐藏：${input.reason}`,
  });
  if (input.hidden) {
    await notifyUsers(ctx, [report.reporterId], {
      communityId: report.communityId,
      kind: 'report.hidden',
      title: '您上报的问题已被社区隐藏',
      body: `原因：${input.reason}`,
      link: reportLink(report.id),
    });
  }
  return { id: report.id, status: report.status };
};
