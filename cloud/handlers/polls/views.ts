// What each reader receives of a poll: a list row, or the whole poll with their own standing and next steps.
import { phaseOf } from '../../../src/domain/polls/phase';
import { canSeeResults, oversees } from '../../../src/domain/polls/rules';
import type { MyPollStatus, Poll, PollSummary } from '../../../src/domain/polls/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import { myStatuses } from './access';

export function summaryOf(actor: Actor, poll: Poll, mine: MyPollStatus, now: number): PollSummary {
  const resultsVisible = canSeeResults(actor, poll, now);
  return {
    id: poll.id,
    title: poll.title,
    phase: phaseOf(poll, now),
    opensAt: poll.opensAt,
    closesAt: poll.closedAt ?? poll.closesAt,
    anonymous: poll.anonymous,
    unit: poll.unit,
    questionCount: poll.questions.length,
    responseCount: oversees(actor) || resultsVisible ? poll.responseCount : null,
    mine,
    resultsVisible,
  };
}

export async function summaries(store: Store, actor: Actor, polls: readonly Poll[], now: number): Promise<PollSummary[]> {
  const statuses = await myStatuses(store, actor, polls);
  return polls.map((poll) => summaryOf(actor, poll, statuses.get(poll.id) ?? 'notEligible', now));
}
