// One ballot per voter key, held by storage: inside one transaction the elector must exist, the participation
// record `${voteId}:${voterKey}` is inserted (a second one fails), the vote must still be open by its own clock
// (the condition of the turnout increment), and the choice is written apart under a random id with no time.
import { picksFor } from '../../../src/domain/votes/settings';
import type { BallotChannel, Vote, VoteBallot, VoteElector, VoteTurnout } from '../../../src/domain/votes/types';
import { DuplicateIdError } from '../../ports/store';
import type { HandlerContext } from '../context';
import { conflict, forbidden, invalidField } from '../errors';
import { electorId } from './electorate';
import { newId } from '../../kit/ids';

/** What the person is told when their key has already voted. */
export function alreadyVotedReason(vote: Pick<Vote, 'electorate'>, channel: BallotChannel): string {
  if (channel !== 'online') return 'vote.electorVoted';
  if (vote.electorate.kind === 'households') return 'vote.householdVoted';
  if (vote.electorate.kind === 'owners') return 'vote.ownerVoted';
  return 'vote.alreadyVoted';
}

export function assertOpen(vote: Vote, now: number): void {
  if (vote.status === 'draft') throw conflict('vote.notOpen');
  if (vote.status !== 'open' || vote.closesAt <= now) throw conflict('vote.closed');
}

export function picksOrRefuse(vote: Vote, choice: readonly string[]): string[] {
  const picks = picksFor(vote, choice);
  if (!picks) throw invalidField('choice', 'vote.badChoice');
  return picks;
}

export async function recordBallot(
  ctx: HandlerContext,
  vote: Vote,
  ballot: { voterKey: string; picks: string[]; channel: BallotChannel; notEligible: string },
): Promise<void> {
  const now = ctx.clock.now();
  const turnout: VoteTurnout = {
    id: electorId(vote.id, ballot.voterKey),
    voteId: vote.id,
    communityId: vote.communityId,
    voterKey: ballot.voterKey,
    channel: ballot.channel,
    castBy: ctx.actor.userId,
  };
  try {
    await ctx.store.transaction(async (tx) => {
      const elector = await tx.get<VoteElector>('voteElectors', electorId(vote.id, ballot.voterKey));
      if (!elector) throw forbidden(ballot.notEligible);
      await tx.insert('voteTurnout', turnout);
      if (!(await tx.increment('votes', vote.id, 'turnout', 1, { status: 'open', closesAt: { $gt: now } }))) throw conflict('vote.closed');
      const content: VoteBallot = {
        id: newId('b', 12),
        voteId: vote.id,
        communityId: vote.communityId,
        picks: ballot.picks,
        ...(elector.weight !== undefined ? { weight: elector.weight, units: elector.units?.length ?? 0 } : {}),
        ...(vote.secret ? {} : { voterKey: ballot.voterKey }),
      };
      await tx.insert('voteBallots', content);
    });
  } catch (error) {
    if (error instanceof DuplicateIdError && error.collection === 'voteTurnout') throw conflict(alreadyVotedReason(vote, ballot.channel));
    throw error;
  }
}
