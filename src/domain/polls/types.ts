// 民意调查: quick polls and satisfaction surveys (non-binding), as stored and as each reader receives them.
import type { Audience } from '../common/scope';

export type QuestionKind = 'single' | 'multiple' | 'rating' | 'text';

/** One question; options are answered by their index, which never changes once the poll opens. */
export type Question =
  | { id: string; kind: 'single'; title: string; options: string[]; required: boolean }
  | { id: string; kind: 'multiple'; title: string; options: string[]; maxChoices: number; required: boolean }
  | { id: string; kind: 'rating'; title: string; required: boolean }
  | { id: string; kind: 'text'; title: string; required: boolean };

/** An answer per question id: an option index, several indexes, a score of 1–5, or a short text. */
export type AnswerValue = number | number[] | string;
export type Answers = Record<string, AnswerValue>;

/** Who counts once: each person, or each household (any one member answers for it). */
export type VoterUnit = 'person' | 'household';
/** When residents see the results: as they come in, or only after the poll closes (the default). */
export type ResultsVisibility = 'live' | 'afterClose';

/** Stored status: a published poll stays 'open' until closed early; its phase also follows its times (phase.ts). */
export type PollStatus = 'open' | 'closed';
export type PollPhase = 'upcoming' | 'open' | 'closed';

export interface Poll {
  id: string;
  communityId: string;
  title: string;
  description: string;
  questions: Question[];
  audience: Audience;
  anonymous: boolean;
  unit: VoterUnit;
  results: ResultsVisibility;
  opensAt: number;
  closesAt: number;
  status: PollStatus;
  /** Counted in the same transaction that stores a response. */
  responseCount: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  closedAt?: number;
}

/** One row per audience key (see common/scope.ts), so "addressed to me" is one indexed read; id = `${pollId}:${key}`. */
export interface PollAudienceRow {
  id: string;
  pollId: string;
  communityId: string;
  key: string;
  createdAt: number;
}

/**
 * "This voter answered": id = `${pollId}:${voterKey}`, so a second response from the same person or household
 * fails in storage. It never holds the answers.
 */
export interface PollVoter {
  id: string;
  pollId: string;
  communityId: string;
  voterKey: string;
  /** The member who answered (for a household: which one). */
  userId: string;
  at: number;
}

/**
 * The answers. Named polls: id = `${pollId}:${voterKey}` with who and when. Anonymous polls: a random id and
 * nothing else, so no field (not even a time) joins it to its voter row.
 */
export interface PollResponse {
  id: string;
  pollId: string;
  communityId: string;
  answers: Answers;
  voterKey?: string;
  userId?: string;
  householdId?: string;
  at?: number;
}

/** Where the reader stands with a poll. */
export type MyPollStatus = 'awaiting' | 'answered' | 'householdAnswered' | 'notEligible';

export interface PollAbilities {
  respond: boolean;
  seeResults: boolean;
  close: boolean;
  exportCsv: boolean;
}

export interface PollSummary {
  id: string;
  title: string;
  phase: PollPhase;
  opensAt: number;
  closesAt: number;
  anonymous: boolean;
  unit: VoterUnit;
  questionCount: number;
  /** Shown to the committee always, to residents only when they may see results. */
  responseCount: number | null;
  mine: MyPollStatus;
  resultsVisible: boolean;
}

export interface PollDetail extends PollSummary {
  description: string;
  questions: Question[];
  audience: Audience;
  /** The audience as place names (第二网格, 3栋), for the header. */
  audienceNames: string[];
  results: ResultsVisibility;
  /** The reader's own answers, once they answered (anonymous polls: only with the receipt kept on their device). */
  myAnswers: Answers | null;
  can: PollAbilities;
}

export interface OptionCount {
  label: string;
  count: number;
  /** Of the responses that answered this question, one decimal. */
  percent: number;
}

export type QuestionResult =
  | { questionId: string; kind: 'single' | 'multiple'; title: string; answered: number; options: OptionCount[] }
  | {
      questionId: string;
      kind: 'rating';
      title: string;
      answered: number;
      average: number | null;
      /** Scores 1..5 in order. */
      distribution: Array<{ score: number; count: number; percent: number }>;
    }
  | { questionId: string; kind: 'text'; title: string; answered: number; texts: string[] };

export interface PollResults {
  pollId: string;
  title: string;
  phase: PollPhase;
  unit: VoterUnit;
  anonymous: boolean;
  responses: number;
  /** People or households inside the audience. */
  audienceSize: number;
  /** responses / audienceSize, one decimal; null for an empty audience. */
  turnoutPercent: number | null;
  questions: QuestionResult[];
  /** Short-text answers are listed for the committee only; residents see how many there were. */
  textsIncluded: boolean;
}

export interface CsvExport {
  filename: string;
  /** UTF-8 text starting with a byte-order mark, so Excel reads the Chinese correctly. */
  csv: string;
}
