// A poll's settings as the committee wrote them, checked the same way for creating and for changing it:
// the words pass content security, the schedule makes sense, the audience lies inside the community.
import { audienceKeys } from '../../../src/domain/common/scope';
import { checkSchedule, questionsOf } from '../../../src/domain/polls/rules';
import type { NewPoll } from '../../../src/domain/polls/schemas';
import type { Poll, PollAudienceRow } from '../../../src/domain/polls/types';
import { checkAudience } from '../../kit/audience';
import { assertCleanText } from '../../kit/content';
import type { HandlerContext } from '../context';
import { invalidField } from '../errors';

export type PollSettings = Pick<Poll, 'title' | 'description' | 'questions' | 'audience' | 'anonymous' | 'unit' | 'results' | 'opensAt' | 'closesAt'>;

export async function checkedSettings(ctx: HandlerContext, input: NewPoll, communityId: string, now: number): Promise<PollSettings> {
  const opensAt = Math.max(input.opensAt ?? now, now);
  const schedule = checkSchedule(opensAt, input.closesAt, now);
  if (schedule.kind === 'closes_in_past') throw invalidField('closesAt', 'poll.closesInPast');
  if (schedule.kind === 'closes_before_opens') throw invalidField('closesAt', 'poll.closesBeforeOpens');
  await checkAudience(ctx.store, communityId, input.audience);
  const words = input.questions.flatMap((question) => [question.title, ...('options' in question ? question.options : [])]);
  await assertCleanText(ctx, input.title, input.description, ...words);
  return {
    title: input.title,
    description: input.description,
    questions: questionsOf(input.questions),
    audience: input.audience,
    anonymous: input.anonymous,
    unit: input.unit,
    results: input.results,
    opensAt,
    closesAt: input.closesAt,
  };
}

export const audienceRowsOf = (poll: Pick<Poll, 'id' | 'communityId' | 'audience' | 'createdAt'>): PollAudienceRow[] =>
  audienceKeys(poll.audience).map((key) => ({ id: `${poll.id}:${key}`, pollId: poll.id, communityId: poll.communityId, key, createdAt: poll.createdAt }));
