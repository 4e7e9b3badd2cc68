// Answering a poll, once per person or per household, held by storage: the voter row's id is
// `${pollId}:${voterKey}`, inserted in the same transaction as the count's conditional increment (which also
// re-checks that the poll is still open) and the answers. An anonymous poll's answers go under a random id
// with neither the voter nor a time, apart from the voter row, like a secret ballot.
import { stillIn } from '../../../src/domain/polls/phase';
import { canRespond, checkAnswers, voterKeyOf } from '../../../src/domain/polls/rules';
import { ballotOf } from '../../../src/domain/polls/ballot';
import type { Poll, PollVoter } from '../../../src/domain/polls/types';
import type { Actor } from '../../../src/domain/roles';
import { assertCleanText } from '../../kit/content';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { conflict, forbidden, invalidField, type ActionError } from '../errors';
import { loadPoll } from './access';
import { randomHex } from '../../kit/ids';

function refusal(actor: Actor, poll: Poll, now: number): ActionError | null {
  const outcome = canRespond(actor, poll, now);
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'residents_only':
      return forbidden('poll.residentsOnly');
    case 'not_in_audience':
      return forbidden('poll.notInAudience');
    case 'needs_household':
      return forbidden('poll.needsHousehold');
    case 'not_open':
      return conflict(outcome.phase === 'upcoming' ? 'poll.notOpenYet' : 'poll.closed');
  }
}

export const respondToPoll: ActionHandler<'polls.respond'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const poll = await loadPoll(store, actor, input.pollId);
  const now = ctx.clock.now();
  const refused = refusal(actor, poll, now);
  if (refused) throw refused;
  const checked = checkAnswers(poll.questions, input.answers);
  if (checked.kind !== 'ok') throw invalidField(`answers.${checked.questionId}`, checked.reason);
  await assertCleanText(ctx, ...Object.values(checked.answers).filter((value): value is string => typeof value === 'string'));

  const key = voterKeyOf(actor, poll.unit);
  if (key.kind !== 'ok') throw forbidden('poll.needsHousehold');
  const { voter, response } = ballotOf(poll, {
    userId: actor.userId,
    householdId: actor.householdId,
    voterKey: key.key,
    answers: checked.answers,
    at: now,
    randomTail: randomHex(16),
  });

  try {
    await store.transaction(async (tx) => {
      await tx.insert('pollVoters', voter);
      if (!(await tx.increment('polls', poll.id, 'responseCount', 1, stillIn('open', now)))) throw conflict('poll.closed');
      await tx.insert('pollResponses', response);
    });
  } catch (error) {
    if (!(error instanceof DuplicateIdError)) throw error;
    const first = await store.get<PollVoter>('pollVoters', voter.id);
    throw conflict(first && first.userId !== actor.userId ? 'poll.householdAnswered' : 'poll.alreadyAnswered');
  }
  return { status: 'answered', receipt: poll.anonymous ? response.id : null };
};
