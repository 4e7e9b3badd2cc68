// The count of one poll from its stored answers, against the people or households its audience holds.
import { phaseOf } from '../../../src/domain/polls/phase';
import { tally, turnoutOf } from '../../../src/domain/polls/tally';
import type { Poll, PollResponse, PollResults } from '../../../src/domain/polls/types';
import type { Store } from '../../ports';
import { audienceSize } from '../../kit/audience';

/** Every response of the poll; anonymous ones ordered by their random id, so the order follows no one. */
export async function responsesOf(store: Store, poll: Poll): Promise<PollResponse[]> {
  const orderBy: Array<[string, 'asc' | 'desc']> = poll.anonymous ? [['id', 'asc']] : [['at', 'asc'], ['id', 'asc']];
  return store.find<PollResponse>('pollResponses', { pollId: poll.id }, { orderBy });
}

export async function countPoll(store: Store, poll: Poll, responses: readonly PollResponse[], now: number, withTexts: boolean): Promise<PollResults> {
  const size = await audienceSize(store, poll.communityId, poll.audience, poll.unit);
  const questions = tally(poll.questions, responses.map((response) => response.answers)).map((result) =>
    result.kind === 'text' && !withTexts ? { ...result, texts: [] } : result,
  );
  return {
    pollId: poll.id,
    title: poll.title,
    phase: phaseOf(poll, now),
    unit: poll.unit,
    anonymous: poll.anonymous,
    responses: responses.length,
    audienceSize: size,
    turnoutPercent: turnoutOf(responses.length, size),
    questions,
    textsIncluded: withTexts,
  };
}
