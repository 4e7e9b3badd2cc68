// The count of a poll is one pure function: these tables are the rule it keeps.
import { percentOf, tally, turnoutOf } from '../../src/domain/polls/tally';
import type { Answers, Question } from '../../src/domain/polls/types';

const single: Question = { id: 'q1', kind: 'single', title: '是否同意整治？', options: ['同意', '不同意', '无所谓'], required: true };
const multiple: Question = { id: 'q2', kind: 'multiple', title: '优先项目', options: ['堆物', '充电棚', '绿化'], maxChoices: 2, required: true };
const rating: Question = { id: 'q3', kind: 'rating', title: '保洁', required: true };
const text: Question = { id: 'q4', kind: 'text', title: '建议', required: false };

describe('percentOf', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [0, 5, 0],
    [3, 0, 0],
    [7, 7, 100],
  ])('%i of %i is %p%', (count, total, percent) => expect(percentOf(count, total)).toBe(percent));
});

describe('turnoutOf', () => {
  it.each([
    [3, 40, 7.5],
    [40, 40, 100],
    [0, 12, 0],
  ])('%i responses of an audience of %i turn out %p%', (responses, size, percent) => expect(turnoutOf(responses, size)).toBe(percent));

  it('has no turnout for an empty audience', () => expect(turnoutOf(0, 0)).toBeNull());
});

describe('tally', () => {
  it('counts a single choice per option, as a share of those who answered it', () => {
    const sheets: Answers[] = [{ q1: 0 }, { q1: 0 }, { q1: 1 }, {}];
    const [result] = tally([single], sheets);
    expect(result).toEqual({
      questionId: 'q1',
      kind: 'single',
      title: '是否同意整治？',
      answered: 3,
      options: [
        { label: '同意', count: 2, percent: 66.7 },
        { label: '不同意', count: 1, percent: 33.3 },
        { label: '无所谓', count: 0, percent: 0 },
      ],
    });
  });

  it('counts each option of a multiple choice once per respondent, so shares may add past 100%', () => {
    const [result] = tally([multiple], [{ q2: [0, 1] }, { q2: [0] }, { q2: [0, 2] }, { q2: [1, 2] }]);
    expect(result).toMatchObject({ answered: 4, options: [{ count: 3, percent: 75 }, { count: 2, percent: 50 }, { count: 2, percent: 50 }] });
  });

  it.each([
    { scores: [5, 4, 4, 3], average: 4, distribution: [0, 0, 1, 2, 1] },
    { scores: [1, 2], average: 1.5, distribution: [1, 1, 0, 0, 0] },
    { scores: [5, 5, 4], average: 4.67, distribution: [0, 0, 0, 1, 2] },
  ])('averages ratings $scores to $average with their spread over 1..5', ({ scores, average, distribution }) => {
    const [result] = tally([rating], scores.map((score) => ({ q3: score })));
    if (result?.kind !== 'rating') throw new Error('not a rating');
    expect(result.average).toBe(average);
    expect(result.distribution.map((step) => step.count)).toEqual(distribution);
    expect(result.distribution.map((step) => step.score)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has no average when nobody rated', () => {
    const [result] = tally([rating], [{}, {}]);
    expect(result).toMatchObject({ answered: 0, average: null });
  });

  it('lists short texts and counts only the ones written', () => {
    const [result] = tally([text], [{ q4: '垃圾清运早一点' }, {}, { q4: '' }, { q4: '夜间门岗没人' }]);
    expect(result).toEqual({ questionId: 'q4', kind: 'text', title: '建议', answered: 2, texts: ['垃圾清运早一点', '夜间门岗没人'] });
  });

  it('answers every question in the poll order, even with no responses at all', () => {
    const results = tally([single, multiple, rating, text], []);
    expect(results.map((result) => [result.questionId, result.answered])).toEqual([['q1', 0], ['q2', 0], ['q3', 0], ['q4', 0]]);
  });
});
