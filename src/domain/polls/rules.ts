// Who may see, answer and oversee a poll, and whether an answer sheet fits its questions. Pure functions of the
// caller, the poll and the time; handlers call these and nothing else.
import { OK, type Outcome } from '../common/outcome';
import { inAudience } from '../common/scope';
import { inGroup, type Actor } from '../roles';
import { phaseOf, POLL_MACHINE } from './phase';
import { TEXT_ANSWER_MAX, type QuestionSettings } from './schemas';
import type { Answers, AnswerValue, MyPollStatus, Poll, PollAbilities, PollPhase, Question, VoterUnit } from './types';

/** The committee and the street office publish and oversee; they see every poll of their communities. */
export const oversees = (actor: Actor): boolean => inGroup('overseers', actor.role);

/** Residents see the polls addressed to their grid or building (or the whole community); overseers see all. */
export const canSeePoll = (actor: Actor, poll: Pick<Poll, 'audience'>): boolean => oversees(actor) || inAudience(actor, poll.audience);

/** Questions as stored: numbered q1, q2… in the order the committee wrote them. */
export const questionsOf = (settings: readonly QuestionSettings[]): Question[] =>
  settings.map((question, index) => ({ ...question, id: `q${index + 1}` }) as Question);

export type ScheduleRefusal = { kind: 'closes_before_opens' } | { kind: 'closes_in_past' };

/** A poll must close after it opens and after now; a start in the past means "open now". */
export function checkSchedule(opensAt: number, closesAt: number, now: number): Outcome<ScheduleRefusal> {
  if (closesAt <= now) return { kind: 'closes_in_past' };
  if (closesAt <= opensAt) return { kind: 'closes_before_opens' };
  return OK;
}

export type VoterKey = { kind: 'ok'; key: string } | { kind: 'needs_household' };

/** The key one response is counted under: the person, or their household. */
export function voterKeyOf(actor: Pick<Actor, 'userId' | 'householdId'>, unit: VoterUnit): VoterKey {
  if (unit === 'person') return { kind: 'ok', key: actor.userId };
  return actor.householdId ? { kind: 'ok', key: actor.householdId } : { kind: 'needs_household' };
}

export type RespondRefusal =
  | { kind: 'residents_only' }
  | { kind: 'not_in_audience' }
  | { kind: 'needs_household' }
  | { kind: 'not_open'; phase: PollPhase };

/** Residents inside the audience answer while the poll is open; staff publish and oversee, they do not answer. */
export function canRespond(actor: Actor, poll: Poll, now: number): Outcome<RespondRefusal> {
  if (actor.role !== 'resident') return { kind: 'residents_only' };
  if (!inAudience(actor, poll.audience)) return { kind: 'not_in_audience' };
  if (voterKeyOf(actor, poll.unit).kind !== 'ok') return { kind: 'needs_household' };
  const phase = phaseOf(poll, now);
  if (POLL_MACHINE.move(phase, 'respond').kind !== 'ok') return { kind: 'not_open', phase };
  return OK;
}

/** Overseers follow results live; residents once the poll closed, or live when the committee chose so. */
export const canSeeResults = (actor: Actor, poll: Pick<Poll, 'results' | 'status' | 'opensAt' | 'closesAt'>, now: number): boolean =>
  oversees(actor) || phaseOf(poll, now) === 'closed' || (poll.results === 'live' && phaseOf(poll, now) === 'open');

export function abilities(actor: Actor, poll: Poll, now: number, mine: MyPollStatus): PollAbilities {
  const overseer = oversees(actor);
  return {
    respond: mine === 'awaiting' && canRespond(actor, poll, now).kind === 'ok',
    seeResults: canSeeResults(actor, poll, now),
    close: overseer && POLL_MACHINE.move(phaseOf(poll, now), 'close').kind === 'ok',
    exportCsv: overseer,
  };
}

export type AnswerRefusal = { kind: 'bad_answer'; questionId: string; reason: string };

const isIndex = (value: AnswerValue, options: readonly string[]): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < options.length;

/** Why one answer does not fit its question, as a message key; null when it fits. */
function answerProblem(question: Question, value: AnswerValue): string | null {
  switch (question.kind) {
    case 'single':
      return isIndex(value, question.options) ? null : 'poll.pickOne';
    case 'multiple': {
      if (!Array.isArray(value) || !value.every((choice) => isIndex(choice, question.options))) return 'poll.pickSome';
      if (new Set(value).size !== value.length) return 'poll.pickSome';
      return value.length > question.maxChoices ? 'poll.tooManyChoices' : null;
    }
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? null : 'poll.rate';
    case 'text':
      return typeof value === 'string' && value.length <= TEXT_ANSWER_MAX ? null : 'poll.textAnswer';
  }
}

const isBlank = (value: AnswerValue | undefined): boolean =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Checks an answer sheet against the questions: answers as stored (blanks dropped), or the first problem. */
export function checkAnswers(questions: readonly Question[], answers: Answers): { kind: 'ok'; answers: Answers } | AnswerRefusal {
  const known = new Set(questions.map((question) => question.id));
  const stray = Object.keys(answers).find((questionId) => !known.has(questionId));
  if (stray) return { kind: 'bad_answer', questionId: stray, reason: 'poll.unknownQuestion' };
  const kept: Answers = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (isBlank(value)) {
      if (question.required) return { kind: 'bad_answer', questionId: question.id, reason: 'poll.answerRequired' };
      continue;
    }
    const problem = answerProblem(question, value!);
    if (problem) return { kind: 'bad_answer', questionId: question.id, reason: problem };
    kept[question.id] = value!;
  }
  if (!Object.keys(kept).length) return { kind: 'bad_answer', questionId: questions[0]?.id ?? '_', reason: 'poll.answerRequired' };
  return { kind: 'ok', answers: kept };
}
