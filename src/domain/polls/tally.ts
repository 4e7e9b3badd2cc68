// The count of a poll: per question, how many chose each option (and what share of those who answered it),
// the average and spread of ratings, and the short texts. One pure function over the answer sheets.
import type { Answers, OptionCount, Question, QuestionResult } from './types';

/** count of total as a percentage with one decimal; 0 when nobody answered. */
export const percentOf = (count: number, total: number): number => (total > 0 ? Math.round((count / total) * 1000) / 10 : 0);

/** Responses against the audience, one decimal; null when the audience is empty. */
export const turnoutOf = (responses: number, audienceSize: number): number | null =>
  audienceSize > 0 ? percentOf(responses, audienceSize) : null;

const SCORES = [1, 2, 3, 4, 5] as const;

function tallyQuestion(question: Question, sheets: readonly Answers[]): QuestionResult {
  const values = sheets.map((sheet) => sheet[question.id]).filter((value) => value !== undefined && value !== '');
  const answered = values.length;
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const counts = question.options.map(() => 0);
      for (const value of values) {
        for (const choice of Array.isArray(value) ? value : [value]) {
          if (typeof choice === 'number' && choice in counts) counts[choice]! += 1;
        }
      }
      const options: OptionCount[] = question.options.map((label, index) => ({ label, count: counts[index]!, percent: percentOf(counts[index]!, answered) }));
      return { questionId: question.id, kind: question.kind, title: question.title, answered, options };
    }
    case 'rating': {
      const scores = values.filter((value): value is number => typeof value === 'number');
      const sum = scores.reduce((total, score) => total + score, 0);
      const distribution = SCORES.map((score) => {
        const count = scores.filter((given) => given === score).length;
        return { score, count, percent: percentOf(count, scores.length) };
      });
      const average = scores.length ? Math.round((sum / scores.length) * 100) / 100 : null;
      return { questionId: question.id, kind: 'rating', title: question.title, answered: scores.length, average, distribution };
    }
    case 'text': {
      const texts = values.filter((value): value is string => typeof value === 'string');
      return { questionId: question.id, kind: 'text', title: question.title, answered: texts.length, texts };
    }
  }
}

/** Every question's result, in the poll's order. */
export const tally = (questions: readonly Question[], sheets: readonly Answers[]): QuestionResult[] =>
  questions.map((question) => tallyQuestion(question, sheets));
