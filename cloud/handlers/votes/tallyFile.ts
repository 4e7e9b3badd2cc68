// The tally file of a closed vote, for anyone to recount with `npm run tally`: the frozen electorate and the
// ballots. In a secret vote every key is a pseudonym keyed by the vote's own secret, and ballots are paired with
// participants the way the count pairs them (arbitrarily), so the file ties no choice to anyone.
import { createHmac } from 'node:crypto';
import { tallyInputOf, type Rename } from '../../../src/domain/votes/tallyInput';
import type { Vote, VoteBallot, VoteTurnout } from '../../../src/domain/votes/types';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadVoteAsCommittee } from './access';
import { electorsOfVote } from './lifecycle';

export const pseudonymsOf = (vote: Pick<Vote, 'pseudonymKey'>): Rename => (key) => `x${createHmac('sha256', vote.pseudonymKey).update(key).digest('hex').slice(0, 15)}`;

export const tallyFile: ActionHandler<'votes.tallyFile'> = async (input, ctx) => {
  const vote = await loadVoteAsCommittee(ctx, input.voteId);
  if (vote.status !== 'closed') throw conflict('vote.notClosed');
  const [electors, turnouts, ballots] = await Promise.all([
    electorsOfVote(ctx.store, vote.id),
    ctx.store.find<VoteTurnout>('voteTurnout', { voteId: vote.id }),
    ctx.store.find<VoteBallot>('voteBallots', { voteId: vote.id }),
  ]);
  return tallyInputOf(vote, electors, turnouts, ballots, vote.secret ? pseudonymsOf(vote) : undefined);
};
