// Loading a poll the way the rules say: another community's poll, or one addressed to a place the caller is
// not in, reads as NOT_FOUND (its existence never leaks).
import { canSeePoll, oversees, voterKeyOf } from '../../../src/domain/polls/rules';
import type { MyPollStatus, Poll, PollVoter } from '../../../src/domain/polls/types';
import type { Actor } from '../../../src/domain/roles';
import { inAudience } from '../../../src/domain/common/scope';
import type { Store } from '../../ports';
import { voterId } from '../../../src/domain/polls/ballot';
import { ActionError, forbidden } from '../errors';

export const pollNotFound = (): ActionError => new ActionError('NOT_FOUND', 'poll.notFound');

export { voterId } from '../../../src/domain/polls/ballot';

export async function loadPoll(store: Store, actor: Actor, pollId: string): Promise<Poll> {
  const poll = await store.get<Poll>('polls', pollId);
  if (!poll || !canSeePoll(actor, poll)) throw pollNotFound();
  return poll;
}

export async function loadOverseen(store: Store, actor: Actor, pollId: string): Promise<Poll> {
  const poll = await loadPoll(store, actor, pollId);
  if (!oversees(actor)) throw forbidden();
  return poll;
}

/** The voter row id under which the caller would answer, or null when they cannot answer this poll at all. */
function myVoterId(actor: Actor, poll: Poll): string | null {
  if (actor.role !== 'resident' || !inAudience(actor, poll.audience)) return null;
  const key = voterKeyOf(actor, poll.unit);
  return key.kind === 'ok' ? voterId(poll.id, key.key) : null;
}

/** For each poll: whether the caller still has to answer it, answered it, or their household did. */
export async function myStatuses(store: Store, actor: Actor, polls: readonly Poll[]): Promise<Map<string, MyPollStatus>> {
  const wanted = new Map<string, string>();
  for (const poll of polls) {
    const id = myVoterId(actor, poll);
    if (id) wanted.set(poll.id, id);
  }
  const voters = wanted.size ? await store.find<PollVoter>('pollVoters', { id: { $in: [...wanted.values()] } }) : [];
  const byId = new Map(voters.map((voter) => [voter.id, voter]));
  const statuses = new Map<string, MyPollStatus>();
  for (const poll of polls) {
    const id = wanted.get(poll.id);
    const voter = id ? byId.get(id) : undefined;
    statuses.set(poll.id, !id ? 'notEligible' : !voter ? 'awaiting' : voter.userId === actor.userId ? 'answered' : 'householdAnswered');
  }
  return statuses;
}
