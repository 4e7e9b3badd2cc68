// The committee's poll as it is being written, the satisfaction template, and the input it becomes.
import { useState } from 'react';
import type { ActionInput } from '@/domain/actions';
import type { QuestionKind } from '@/domain/polls/types';
import { usePollsT } from '../../messages';

export interface DraftQuestion {
  key: number;
  kind: QuestionKind;
  title: string;
  options: string[];
  maxChoices: number;
}

export interface Draft {
  title: string;
  description: string;
  audience: 'community' | 'grid' | 'building';
  placeIds: string[];
  unit: 'person' | 'household';
  anonymous: boolean;
  results: 'live' | 'afterClose';
  days: number;
  questions: DraftQuestion[];
}

const DAY_MS = 86_400_000;
let nextKey = 1;

export const newQuestion = (kind: QuestionKind): DraftQuestion => ({
  key: nextKey++,
  kind,
  title: '',
  options: kind === 'single' || kind === 'multiple' ? ['', ''] : [],
  maxChoices: 2,
});

const EMPTY: Draft = {
  title: '',
  description: '',
  audience: 'community',
  placeIds: [],
  unit: 'person',
  anonymous: true,
  results: 'afterClose',
  days: 7,
  questions: [newQuestion('single')],
};

export function toInput(draft: Draft, now: number): ActionInput<'polls.create'> {
  return {
    title: draft.title,
    description: draft.description,
    audience: draft.audience === 'community' ? { level: 'community' } : { level: draft.audience, ids: draft.placeIds },
    unit: draft.unit,
    anonymous: draft.anonymous,
    results: draft.results,
    closesAt: now + draft.days * DAY_MS,
    questions: draft.questions.map((question) => {
      if (question.kind === 'single') return { kind: 'single', title: question.title, options: question.options };
      if (question.kind === 'multiple') return { kind: 'multiple', title: question.title, options: question.options, maxChoices: question.maxChoices };
      return { kind: question.kind, title: question.title };
    }),
  };
}

export function useDraft() {
  const t = usePollsT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const setQuestion = (key: number, patch: Partial<DraftQuestion>) =>
    setDraft((current) => ({ ...current, questions: current.questions.map((question) => (question.key === key ? { ...question, ...patch } : question)) }));
  const addQuestion = (kind: QuestionKind) => setDraft((current) => ({ ...current, questions: [...current.questions, newQuestion(kind)] }));
  const removeQuestion = (key: number) => setDraft((current) => ({ ...current, questions: current.questions.filter((question) => question.key !== key) }));

  /** The yearly property-service survey the seeds describe: four ratings, what to improve first, comments. */
  const applyTemplate = (year: number) =>
    setDraft({
      ...EMPTY,
      title: t('template.title', { year }),
      description: t('template.description'),
      unit: 'household',
      days: 14,
      questions: [
        { ...newQuestion('rating'), title: t('template.q1') },
        { ...newQuestion('rating'), title: t('template.q2') },
        { ...newQuestion('rating'), title: t('template.q3') },
        { ...newQuestion('rating'), title: t('template.q4') },
        { ...newQuestion('single'), title: t('template.q5'), options: t('template.q5options').split('|') },
        { ...newQuestion('text'), title: t('template.q6') },
      ],
    });

  return { draft, set, setQuestion, addQuestion, removeQuestion, applyTemplate };
}
