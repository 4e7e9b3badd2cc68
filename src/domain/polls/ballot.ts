// The two records one answer is stored as: the voter row ("this person or household answered", under its
// deterministic id) and the answers. For an anonymous poll the answers carry a random id and nothing else.
import type { Answers, Poll, PollResponse, PollVoter } from './types';

export const voterId = (pollId: string, voterKey: string): string => `${pollId}:${voterKey}`;

export interface Answering {
  userId: string;
  householdId?: string;
  voterKey: string;
  answers: Answers;
  at: number;
  /** Random hex for an anonymous response's id (the caller draws it: the domain has no randomness of its own). */
  randomTail: string;
}

export function ballotOf(poll: Pick<Poll, 'id' | 'communityId' | 'anonymous'>, answering: Answering): { voter: PollVoter; response: PollResponse } {
  const id = voterId(poll.id, answering.voterKey);
  const voter: PollVoter = { id, pollId: poll.id, communityId: poll.communityId, voterKey: answering.voterKey, userId: answering.userId, at: answering.at };
  const base = { pollId: poll.id, communityId: poll.communityId, answers: answering.answers };
  const response: PollResponse = poll.anonymous
    ? { id: `${poll.id}:r:${answering.randomTail}`, ...base }
    : {
        id,
        ...base,
        voterKey: answering.voterKey,
        userId: answering.userId,
        ...(answering.householdId ? { householdId: answering.householdId } : {}),
        at: answering.at,
      };
  return { voter, response };
}
