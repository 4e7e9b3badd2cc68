// The committee hides a case with abusive content from the public (or shows it again); staff still see it.
import { loadModerated } from './access';
import { assertCleanText } from '../../kit/content';
import { recordEvent } from './events';
import { tellAbout } from './notify';
import type { ActionHandler } from '../context';

export const hideReport: ActionHandler<'reports.hide'> = async (input, ctx) => {
  const report = await loadModerated(ctx.store, ctx.actor, input.reportId);
  if (report.hidden === input.hidden) return { id: report.id, status: report.status };
  await assertCleanText(ctx, input.reason);
  await recordEvent(ctx, report, 'hidden', {
    patch: { hidden: input.hidden },
    where: { hidden: report.hidden },
    note: input.hidden ? input.reason : `@report.noteUnhidden?reason=${encodeURIComponent(input.reason)}`,
  });
  if (input.hidden) {
    await tellAbout(ctx, [report.reporterId], 'report.hidden', report, { reason: input.reason });
  }
  return { id: report.id, status: report.status };
};
