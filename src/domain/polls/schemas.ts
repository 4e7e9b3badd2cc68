// Inputs of poll actions; the same schemas check the committee's form and the answer page on the client.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { id, optionalText, PageInput, text, timestamp } from '../common/schemas';
import { AudienceInput } from '../common/scope';

export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 10;
export const TEXT_ANSWER_MAX = 300;

export const PollId = v.object({ pollId: id });

const title = text(100, 'poll.questionTitle');
const options = v.pipe(
  v.array(text(40, 'poll.optionLabel')),
  v.minLength(2, msg('poll.twoOptions')),
  v.maxLength(MAX_OPTIONS, msg('poll.tooManyOptions', { max: MAX_OPTIONS })),
  v.check((labels) => new Set(labels).size === labels.length, msg('poll.sameOption')),
);

const MultipleQuestion = v.pipe(
  v.object({
    kind: v.literal('multiple'),
    title,
    options,
    maxChoices: v.pipe(v.number(msg('poll.maxChoices')), v.integer(), v.minValue(1, msg('poll.maxChoices'))),
    required: v.optional(v.boolean(), true),
  }),
  v.forward(
    v.check((question) => question.maxChoices <= question.options.length, msg('poll.maxChoicesAboveOptions')),
    ['maxChoices'],
  ),
);

export const QuestionInput = v.variant('kind', [
  v.object({ kind: v.literal('single'), title, options, required: v.optional(v.boolean(), true) }),
  MultipleQuestion,
  v.object({ kind: v.literal('rating'), title, required: v.optional(v.boolean(), true) }),
  v.object({ kind: v.literal('text'), title, required: v.optional(v.boolean(), false) }),
]);

export const CreatePollInput = v.object({
  title: text(60, 'poll.title'),
  description: optionalText(500),
  questions: v.pipe(
    v.array(QuestionInput),
    v.minLength(1, msg('poll.oneQuestion')),
    v.maxLength(MAX_QUESTIONS, msg('poll.tooManyQuestions', { max: MAX_QUESTIONS })),
  ),
  audience: AudienceInput,
  /** Anonymous by default: a satisfaction survey is answered more frankly without names. */
  anonymous: v.optional(v.boolean(), true),
  unit: v.optional(v.picklist(['person', 'household']), 'person'),
  results: v.optional(v.picklist(['live', 'afterClose']), 'afterClose'),
  /** Omitted: opens at once. */
  opensAt: v.optional(timestamp),
  closesAt: timestamp,
});

/** Changing a poll that has not opened yet: the whole settings again. */
export const UpdatePollInput = v.object({ pollId: id, ...CreatePollInput.entries });

const answerValue = v.union([
  v.pipe(v.number(), v.integer()),
  v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(MAX_OPTIONS)),
  v.pipe(v.string(), v.trim(), v.maxLength(TEXT_ANSWER_MAX, msg('field.maxChars', { max: TEXT_ANSWER_MAX }))),
]);

export const RespondInput = v.object({
  pollId: id,
  answers: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(10)), answerValue),
    v.check((answers) => Object.keys(answers).length <= MAX_QUESTIONS, msg('field.invalid')),
  ),
});

/** An anonymous poll's answers can be shown back only with the receipt the answering device kept. */
export const DetailInput = v.object({ pollId: id, receipt: v.optional(v.pipe(v.string(), v.maxLength(80))) });

export const ListPollsInput = v.optional(PageInput, {});

export const ExportInput = v.object({ pollId: id, lang: v.optional(v.picklist(['zh', 'en']), 'zh') });

export type NewPoll = v.InferOutput<typeof CreatePollInput>;
export type QuestionSettings = v.InferOutput<typeof QuestionInput>;
