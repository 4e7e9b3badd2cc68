// Withdrawing a notice: residents no longer find it (its reader rows go), overseers still see it marked withdrawn,
// and its reads and counts stay for the record.
import { OVERSEER_KEY } from '../../../src/domain/notices/rules';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadOverseen } from './access';
import { feedRowsOf } from './feedRows';

export const withdrawNotice: ActionHandler<'notices.withdraw'> = async (input, ctx) => {
  const notice = await loadOverseen(ctx, input.noticeId);
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.update('notices', notice.id, { status: 'withdrawn', updatedAt: now }, { status: 'published' }))) throw conflict('notice.withdrawnNoEdit');
    for (const row of feedRowsOf(notice)) if (row.key !== OVERSEER_KEY) await tx.remove('noticeFeed', row.id);
  });
  return { id: notice.id };
};
