// Closing a poll early: the write holds only while the stored poll is still open and its time has not run out,
// so two closes (or a close at the closing time) end it once. Answers in flight re-check the same in their write.
import { phaseOf, POLL_MACHINE } from '../../../src/domain/polls/phase';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadOverseen } from './access';

export const closePoll: ActionHandler<'polls.close'> = async (input, ctx) => {
  const poll = await loadOverseen(ctx.store, ctx.actor, input.pollId);
  const now = ctx.clock.now();
  if (POLL_MACHINE.move(phaseOf(poll, now), 'close').kind !== 'ok') throw conflict('poll.alreadyClosed');
  const closed = await ctx.store.update('polls', poll.id, { status: 'closed', closedAt: now, updatedAt: now }, { status: 'open', closesAt: { $gt: now } });
  if (!closed) throw conflict('poll.alreadyClosed');
  return { id: poll.id, phase: 'closed' };
};
