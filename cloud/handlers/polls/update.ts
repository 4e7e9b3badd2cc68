// Changing a poll before it opens. Settings freeze once it opens: the write holds only while the stored poll
// still opens in the future, so an update racing the opening time (or a first answer) is refused.
import { audienceKeys } from '../../../src/domain/common/scope';
import { phaseOf, POLL_MACHINE, stillIn } from '../../../src/domain/polls/phase';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadOverseen } from './access';
import { audienceRowsOf, checkedSettings } from './settings';

export const updatePoll: ActionHandler<'polls.update'> = async ({ pollId, ...input }, ctx) => {
  const poll = await loadOverseen(ctx.store, ctx.actor, pollId);
  const now = ctx.clock.now();
  if (POLL_MACHINE.move(phaseOf(poll, now), 'edit').kind !== 'ok') throw conflict('poll.frozen');
  const settings = await checkedSettings(ctx, input, poll.communityId, now);
  const changed = { ...poll, ...settings, updatedAt: now };
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.update('polls', poll.id, { ...settings, updatedAt: now }, stillIn('upcoming', now)))) throw conflict('poll.frozen');
    for (const key of audienceKeys(poll.audience)) await tx.remove('pollAudience', `${poll.id}:${key}`);
    for (const row of audienceRowsOf(changed)) await tx.insert('pollAudience', row);
  });
  return { id: poll.id };
};
