// One poll as its reader may see it: the questions, their own standing and answers, and what they may do next.
import { abilities, voterKeyOf } from '../../../src/domain/polls/rules';
import type { Answers, MyPollStatus, Poll, PollDetail, PollResponse } from '../../../src/domain/polls/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import { audienceNames } from '../../kit/audience';
import type { ActionHandler } from '../context';
import { loadPoll, myStatuses, voterId } from './access';
import { summaryOf } from './views';

/** Named polls: the caller's own response. Anonymous polls: only the response whose receipt the caller's device kept. */
async function myAnswers(store: Store, actor: Actor, poll: Poll, mine: MyPollStatus, receipt: string | undefined): Promise<Answers | null> {
  if (mine !== 'answered') return null;
  if (poll.anonymous) {
    if (!receipt) return null;
    const response = await store.get<PollResponse>('pollResponses', receipt);
    return response?.pollId === poll.id ? response.answers : null;
  }
  const key = voterKeyOf(actor, poll.unit);
  if (key.kind !== 'ok') return null;
  return (await store.get<PollResponse>('pollResponses', voterId(poll.id, key.key)))?.answers ?? null;
}

export const pollDetail: ActionHandler<'polls.detail'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const poll = await loadPoll(store, actor, input.pollId);
  const now = ctx.clock.now();
  const mine = (await myStatuses(store, actor, [poll])).get(poll.id) ?? 'notEligible';
  const detail: PollDetail = {
    ...summaryOf(actor, poll, mine, now),
    description: poll.description,
    questions: poll.questions,
    audience: poll.audience,
    audienceNames: await audienceNames(store, poll.audience),
    results: poll.results,
    myAnswers: await myAnswers(store, actor, poll, mine, input.receipt),
    can: abilities(actor, poll, now, mine),
  };
  return detail;
};
