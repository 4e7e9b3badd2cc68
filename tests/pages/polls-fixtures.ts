// Polls as the server answers them, for page tests.
import type { PollDetail, PollResults, PollSummary, Question } from '@/domain/polls/types';

export const QUESTIONS: Question[] = [
  { id: 'q1', kind: 'rating', title: '小区保洁', required: true },
  { id: 'q2', kind: 'single', title: '最希望改进哪一项？', options: ['保洁', '绿化', '安保'], required: true },
  { id: 'q3', kind: 'multiple', title: '您常用的设施', options: ['健身器材', '休闲座椅', '充电棚'], maxChoices: 2, required: true },
  { id: 'q4', kind: 'text', title: '其他建议', required: false },
];

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T09:00:00+08:00');

export const summaryOf = (over: Partial<PollSummary> = {}): PollSummary => ({
  id: 'p-1',
  title: '2026年物业服务满意度调查',
  phase: 'open',
  opensAt: NOW - DAY,
  closesAt: NOW + 6 * DAY,
  anonymous: true,
  unit: 'household',
  questionCount: QUESTIONS.length,
  responseCount: null,
  mine: 'awaiting',
  resultsVisible: false,
  ...over,
});

export const detailOf = (over: Partial<PollDetail> = {}): PollDetail => ({
  ...summaryOf(),
  description: '每户一份，匿名填写',
  questions: QUESTIONS,
  audience: { level: 'community' },
  audienceNames: [],
  results: 'afterClose',
  myAnswers: null,
  can: { respond: true, seeResults: false, close: false, exportCsv: false },
  ...over,
});

export const resultsOf = (over: Partial<PollResults> = {}): PollResults => ({
  pollId: 'p-1',
  title: '2026年物业服务满意度调查',
  phase: 'closed',
  unit: 'household',
  anonymous: true,
  responses: 3,
  audienceSize: 40,
  turnoutPercent: 7.5,
  textsIncluded: false,
  questions: [
    {
      questionId: 'q1',
      kind: 'rating',
      title: '小区保洁',
      answered: 3,
      average: 4.33,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: score === 5 ? 1 : score === 4 ? 2 : 0, percent: score === 5 ? 33.3 : score === 4 ? 66.7 : 0 })),
    },
    {
      questionId: 'q2',
      kind: 'single',
      title: '最希望改进哪一项？',
      answered: 3,
      options: [
        { label: '保洁', count: 2, percent: 66.7 },
        { label: '绿化', count: 1, percent: 33.3 },
        { label: '安保', count: 0, percent: 0 },
      ],
    },
    { questionId: 'q4', kind: 'text', title: '其他建议', answered: 2, texts: [] },
  ],
  ...over,
});
