// Loading a vote: another community's vote is NOT_FOUND (the scoped store hides it); committee actions are the
// community's own committee's; every load brings the vote up to the clock first (opened or closed on read).
import type { Actor } from '../../../src/domain/roles';
import type { Vote } from '../../../src/domain/votes/types';
import type { HandlerContext } from '../context';
import { ActionError, forbidden } from '../errors';
import { settleVote } from './lifecycle';

export const voteNotFound = (): ActionError => new ActionError('NOT_FOUND', 'vote.notFound');

export async function loadVote(ctx: HandlerContext, voteId: string): Promise<Vote> {
  const vote = await ctx.store.get<Vote>('votes', voteId);
  if (!vote) throw voteNotFound();
  return settleVote(ctx, vote);
}

export const isVoteCommittee = (actor: Actor, vote: Pick<Vote, 'communityId'>): boolean => actor.role === 'committee' && actor.communityId === vote.communityId;

export async function loadVoteAsCommittee(ctx: HandlerContext, voteId: string): Promise<Vote> {
  const vote = await loadVote(ctx, voteId);
  if (!isVoteCommittee(ctx.actor, vote)) throw forbidden('council.committeeOnly');
  return vote;
}
