// The committee's export of one poll: a header, one row per response (named polls: who and when; anonymous
// polls: answers only, in an order that follows no one), then the summary of the count.
import { chinaTime, toCsv, type Cell } from '../common/csv';
import { renderRef, type Lang } from '../common/messages';
import { pollMessages } from './words';
import type { AnswerValue, Poll, PollResponse, PollResults, Question } from './types';

/** Who answered a named poll, as the committee may see them: a nickname and a door label, never a phone. */
export interface Respondent {
  name: string;
  household: string;
}

const say = (key: string, lang: Lang, params?: Record<string, string | number>): string => renderRef(pollMessages, key, lang, params);

function cellOf(question: Question, value: AnswerValue | undefined, lang: Lang): Cell {
  if (value === undefined) return '';
  switch (question.kind) {
    case 'single':
      return typeof value === 'number' ? question.options[value] : '';
    case 'multiple':
      return Array.isArray(value) ? value.map((index) => question.options[index]).join(lang === 'zh' ? '；' : '; ') : '';
    default:
      return value as Cell;
  }
}

function summaryRows(results: PollResults, lang: Lang): Cell[][] {
  const rows: Cell[][] = [[say('poll.csv.summary', lang)], [say('poll.csv.question', lang), say('poll.csv.option', lang), say('poll.csv.count', lang), say('poll.csv.percent', lang)]];
  for (const result of results.questions) {
    if (result.kind === 'single' || result.kind === 'multiple') {
      for (const option of result.options) rows.push([result.title, option.label, option.count, `${option.percent}%`]);
    } else if (result.kind === 'rating') {
      rows.push([result.title, say('poll.csv.average', lang), result.average ?? '', '']);
      for (const step of result.distribution) rows.push([result.title, say('poll.csv.score', lang, { score: step.score }), step.count, `${step.percent}%`]);
    } else {
      rows.push([result.title, say('poll.csv.texts', lang), result.answered, '']);
    }
  }
  const turnout = results.turnoutPercent === null ? '' : `${results.turnoutPercent}%`;
  rows.push([say('poll.csv.turnout', lang), say(results.unit === 'household' ? 'poll.csv.households' : 'poll.csv.people', lang, { n: results.responses, of: results.audienceSize }), results.responses, turnout]);
  return rows;
}

/** The CSV text. `responses` come in the order to print; `respondents` names the voters of a named poll. */
export function pollCsv(poll: Poll, responses: readonly PollResponse[], results: PollResults, respondents: ReadonlyMap<string, Respondent>, lang: Lang): string {
  const named = !poll.anonymous;
  const settings = [
    say(poll.anonymous ? 'poll.anonymous' : 'poll.named', lang),
    say(poll.unit === 'household' ? 'poll.perHousehold' : 'poll.perPerson', lang),
    `${chinaTime(poll.opensAt)} – ${chinaTime(poll.closedAt ?? poll.closesAt)}`,
  ].join(' · ');
  const header: Cell[] = [say('poll.csv.number', lang)];
  if (named) header.push(say('poll.csv.name', lang), say('poll.csv.household', lang), say('poll.csv.time', lang));
  header.push(...poll.questions.map((question) => question.title));

  const rows: Cell[][] = [[poll.title], [settings], [], header];
  responses.forEach((response, index) => {
    const row: Cell[] = [index + 1];
    if (named) {
      const who = response.userId ? respondents.get(response.userId) : undefined;
      row.push(who?.name ?? '', who?.household ?? '', response.at ? chinaTime(response.at) : '');
    }
    row.push(...poll.questions.map((question) => cellOf(question, response.answers[question.id], lang)));
    rows.push(row);
  });
  rows.push([], ...summaryRows(results, lang));
  return toCsv(rows);
}

export const csvFilename = (poll: Pick<Poll, 'title' | 'closesAt'>): string =>
  `${poll.title.replace(/[\\/:*?"<>|\s]+/g, '_')}_${chinaTime(poll.closesAt).slice(0, 10)}.csv`;
