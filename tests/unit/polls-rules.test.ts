// Who may see, answer and oversee a poll, when, and whether an answer sheet fits the questions.
import { phaseOf, POLL_MACHINE, stillIn } from '../../src/domain/polls/phase';
import { abilities, canRespond, canSeePoll, canSeeResults, checkAnswers, checkSchedule, questionsOf, voterKeyOf } from '../../src/domain/polls/rules';
import type { Poll, Question } from '../../src/domain/polls/types';
import type { Actor } from '../../src/domain/roles';

const NOW = Date.parse('2026-11-20T09:00:00+08:00');
const DAY = 86_400_000;

const poll = (over: Partial<Poll> = {}): Poll => ({
  id: 'p1',
  communityId: 'c1',
  title: '物业服务满意度调查',
  description: '',
  questions: [{ id: 'q1', kind: 'rating', title: '保洁', required: true }],
  audience: { level: 'community' },
  anonymous: true,
  unit: 'person',
  results: 'afterClose',
  opensAt: NOW - DAY,
  closesAt: NOW + DAY,
  status: 'open',
  responseCount: 0,
  createdBy: 'u-chen',
  createdAt: NOW - DAY,
  updatedAt: NOW - DAY,
  ...over,
});

const resident = (over: Partial<Actor> = {}): Actor => ({ userId: 'u-wang', role: 'resident', communityId: 'c1', gridId: 'g-1', buildingId: 'b-2', householdId: 'h-2-1-101', gridIds: [], ...over });
const committee: Actor = { userId: 'u-chen', role: 'committee', communityId: 'c1', gridIds: [] };
const worker: Actor = { userId: 'u-zhang', role: 'grid_worker', communityId: 'c1', gridIds: ['g-1'] };

describe('phaseOf', () => {
  it.each([
    ['before it opens', poll({ opensAt: NOW + 1 }), 'upcoming'],
    ['at its opening time', poll({ opensAt: NOW }), 'open'],
    ['between its times', poll(), 'open'],
    ['at its closing time', poll({ closesAt: NOW }), 'closed'],
    ['after an early close', poll({ status: 'closed' }), 'closed'],
  ])('is %s → %s', (_when, subject, phase) => expect(phaseOf(subject, NOW)).toBe(phase));

  it('matches the store condition a write re-checks', () => {
    expect(stillIn('open', NOW)).toEqual({ status: 'open', opensAt: { $lte: NOW }, closesAt: { $gt: NOW } });
    expect(stillIn('upcoming', NOW)).toEqual({ status: 'open', opensAt: { $gt: NOW } });
  });
});

describe('POLL_MACHINE', () => {
  it.each([
    ['upcoming', 'edit', 'ok'],
    ['open', 'edit', 'invalid_transition'],
    ['closed', 'edit', 'invalid_transition'],
    ['upcoming', 'respond', 'invalid_transition'],
    ['open', 'respond', 'ok'],
    ['closed', 'respond', 'invalid_transition'],
    ['upcoming', 'close', 'ok'],
    ['open', 'close', 'ok'],
    ['closed', 'close', 'invalid_transition'],
  ] as const)('from %s, %s is %s', (from, move, kind) => expect(POLL_MACHINE.move(from, move).kind).toBe(kind));

  it('freezes the settings once a poll opens: only an upcoming poll can be edited', () => {
    expect(POLL_MACHINE.movesFrom('open')).toEqual(['respond', 'close']);
    expect(POLL_MACHINE.movesFrom('closed')).toEqual([]);
  });
});

describe('checkSchedule', () => {
  it.each([
    [NOW, NOW + DAY, 'ok'],
    [NOW + DAY, NOW + 2 * DAY, 'ok'],
    [NOW, NOW, 'closes_in_past'],
    [NOW, NOW - 1, 'closes_in_past'],
    [NOW + 2 * DAY, NOW + DAY, 'closes_before_opens'],
  ])('opening %i and closing %i is %s', (opensAt, closesAt, kind) => expect(checkSchedule(opensAt, closesAt, NOW).kind).toBe(kind));
});

describe('voterKeyOf', () => {
  it('counts a person by their user id and a household by its id', () => {
    expect(voterKeyOf(resident(), 'person')).toEqual({ kind: 'ok', key: 'u-wang' });
    expect(voterKeyOf(resident(), 'household')).toEqual({ kind: 'ok', key: 'h-2-1-101' });
  });
  it('needs a household for a per-household poll', () => expect(voterKeyOf(resident({ householdId: undefined }), 'household')).toEqual({ kind: 'needs_household' }));
});

describe('canSeePoll', () => {
  const grid2 = poll({ audience: { level: 'grid', ids: ['g-2'] } });
  it('never shows a resident of grid 1 a poll addressed only to grid 2', () => {
    expect(canSeePoll(resident(), grid2)).toBe(false);
    expect(canSeePoll(resident({ gridId: 'g-2', buildingId: 'b-5' }), grid2)).toBe(true);
  });
  it('shows a building poll to that building only', () => {
    const building3 = poll({ audience: { level: 'building', ids: ['b-3'] } });
    expect(canSeePoll(resident({ buildingId: 'b-3' }), building3)).toBe(true);
    expect(canSeePoll(resident({ buildingId: 'b-5' }), building3)).toBe(false);
  });
  it('shows the committee every poll of the community', () => expect(canSeePoll(committee, grid2)).toBe(true));
});

describe('canRespond', () => {
  it('lets a resident in the audience answer an open poll', () => expect(canRespond(resident(), poll(), NOW)).toEqual({ kind: 'ok' }));
  it.each([
    ['the committee', committee, poll(), 'residents_only'],
    ['a grid worker', worker, poll(), 'residents_only'],
    ['a resident of another grid', resident(), poll({ audience: { level: 'grid', ids: ['g-2'] } }), 'not_in_audience'],
    ['a resident without a household, per household', resident({ householdId: undefined }), poll({ unit: 'household' }), 'needs_household'],
    ['anyone before the opening', resident(), poll({ opensAt: NOW + 1 }), 'not_open'],
    ['anyone after the closing', resident(), poll({ closesAt: NOW - 1 }), 'not_open'],
    ['anyone after an early close', resident(), poll({ status: 'closed' }), 'not_open'],
  ])('refuses %s', (_who, actor, subject, kind) => expect(canRespond(actor, subject, NOW).kind).toBe(kind));
});

describe('canSeeResults', () => {
  it.each([
    ['a resident, open, after-close results', resident(), poll(), false],
    ['a resident, open, live results', resident(), poll({ results: 'live' }), true],
    ['a resident, upcoming, live results', resident(), poll({ results: 'live', opensAt: NOW + 1 }), false],
    ['a resident, closed', resident(), poll({ status: 'closed' }), true],
    ['the committee, open, after-close results', committee, poll(), true],
  ])('%s → %s', (_case, actor, subject, sees) => expect(canSeeResults(actor, subject, NOW)).toBe(sees));
});

describe('abilities', () => {
  it('offers a resident who has not answered to answer, and the committee to close and export', () => {
    expect(abilities(resident(), poll(), NOW, 'awaiting')).toEqual({ respond: true, seeResults: false, close: false, exportCsv: false });
    expect(abilities(resident(), poll(), NOW, 'answered').respond).toBe(false);
    expect(abilities(committee, poll(), NOW, 'notEligible')).toEqual({ respond: false, seeResults: true, close: true, exportCsv: true });
    expect(abilities(committee, poll({ status: 'closed' }), NOW, 'notEligible').close).toBe(false);
  });
});

describe('checkAnswers', () => {
  const questions: Question[] = questionsOf([
    { kind: 'single', title: '是否同意？', options: ['同意', '不同意'], required: true },
    { kind: 'multiple', title: '优先项目', options: ['堆物', '充电棚', '绿化'], maxChoices: 2, required: true },
    { kind: 'rating', title: '保洁', required: true },
    { kind: 'text', title: '建议', required: false },
  ]);

  it('numbers the questions q1… in order', () => expect(questions.map((question) => question.id)).toEqual(['q1', 'q2', 'q3', 'q4']));

  it('keeps a complete sheet and drops a blank optional text', () => {
    expect(checkAnswers(questions, { q1: 0, q2: [0, 2], q3: 5, q4: '' })).toEqual({ kind: 'ok', answers: { q1: 0, q2: [0, 2], q3: 5 } });
  });

  it.each([
    ['a required question left out', { q2: [0], q3: 4 }, 'q1', 'poll.answerRequired'],
    ['an option that does not exist', { q1: 2, q2: [0], q3: 4 }, 'q1', 'poll.pickOne'],
    ['several options on a single choice', { q1: [0, 1], q2: [0], q3: 4 }, 'q1', 'poll.pickOne'],
    ['more choices than allowed', { q1: 0, q2: [0, 1, 2], q3: 4 }, 'q2', 'poll.tooManyChoices'],
    ['the same option twice', { q1: 0, q2: [1, 1], q3: 4 }, 'q2', 'poll.pickSome'],
    ['a score of 0', { q1: 0, q2: [0], q3: 0 }, 'q3', 'poll.rate'],
    ['a score of 6', { q1: 0, q2: [0], q3: 6 }, 'q3', 'poll.rate'],
    ['a number for a text', { q1: 0, q2: [0], q3: 3, q4: 7 }, 'q4', 'poll.textAnswer'],
    ['a question the poll does not have', { q1: 0, q2: [0], q3: 3, q9: 1 }, 'q9', 'poll.unknownQuestion'],
  ])('refuses %s', (_case, answers, questionId, reason) => {
    expect(checkAnswers(questions, answers)).toEqual({ kind: 'bad_answer', questionId, reason });
  });
});
