// A member votes from the app with the key the electorate gives them: themselves, their household, or the owner
// the committee bound them to. The answer says only that the vote was taken, never echoing the choice.
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { loadVote } from './access';
import { assertOpen, picksOrRefuse, recordBallot } from './ballots';
import { voterKeyOf } from './electorate';

export const castBallot: ActionHandler<'votes.cast'> = async (input, ctx) => {
  const vote = await loadVote(ctx, input.voteId);
  assertOpen(vote, ctx.clock.now());
  const picks = picksOrRefuse(vote, input.choice);
  const voterKey = await voterKeyOf(ctx.store, ctx.actor, vote);
  if (!voterKey) throw forbidden('vote.notEligible');
  await recordBallot(ctx, vote, { voterKey, picks, channel: 'online', notEligible: 'vote.notEligible' });
  return { voted: true };
};
