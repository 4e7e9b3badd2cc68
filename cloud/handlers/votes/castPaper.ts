// 线下表决: the committee enters a paper ballot for an eligible voter, saying where it came from (the meeting or
// door to door, 入户). It takes the voter's key, so a paper and an online ballot for one voter never both count.
import type { ActionHandler } from '../context';
import { loadVoteAsCommittee } from './access';
import { assertOpen, picksOrRefuse, recordBallot } from './ballots';

export const castPaper: ActionHandler<'votes.castPaper'> = async (input, ctx) => {
  const vote = await loadVoteAsCommittee(ctx, input.voteId);
  assertOpen(vote, ctx.clock.now());
  const picks = picksOrRefuse(vote, input.choice);
  await recordBallot(ctx, vote, { voterKey: input.voterKey, picks, channel: input.channel, notEligible: 'vote.electorUnknown' });
  return { voted: true };
};
