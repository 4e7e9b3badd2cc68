// The committee's draft of a vote, kept as the form fills in, and sent as the shared schema's input.
import { useState } from 'react';
import type { ActionInput } from '@/domain/actions';
import type { Audience } from '@/domain/common/scope';
import type { Share } from '@/domain/votes/share';
import type { Matter, VoteRule } from '@/domain/votes/statutes';
import { RULE_ELECTORATES } from '@/domain/votes/settings';
import type { ElectorateKind, VoteKind } from '@/domain/votes/types';

const DAY_MS = 24 * 3_600_000;

export interface VoteDraft {
  question: string;
  kind: VoteKind;
  optionLines: string;
  maxChoices: number;
  rule: VoteRule;
  matter: Matter;
  electorate: ElectorateKind;
  buildingIds: string[];
  units: string;
  quorum: Share;
  threshold: Share;
  secret: boolean;
  days: number;
}

export function useVoteDraft(initial: { question?: string; audience?: Audience }) {
  const buildings = initial.audience?.level === 'building' ? initial.audience.ids : [];
  const [draft, setDraft] = useState<VoteDraft>({
    question: initial.question ?? '',
    kind: 'yes_no',
    optionLines: '',
    maxChoices: 1,
    rule: 'residents_assembly',
    matter: 'ordinary',
    electorate: 'residents',
    buildingIds: buildings,
    units: '',
    quorum: { atLeast: [1, 2] },
    threshold: { atLeast: [3, 5] },
    secret: true,
    days: 7,
  });
  const change = (patch: Partial<VoteDraft>) =>
    setDraft((prev) => {
      const next = { ...prev, ...patch };
      // A rule counts only its own electorates: switching the rule picks the first it allows.
      if (!RULE_ELECTORATES[next.rule].includes(next.electorate)) next.electorate = RULE_ELECTORATES[next.rule][0]!;
      return next;
    });
  return { draft, change };
}

type ShareInput = NonNullable<ActionInput<'votes.create'>['quorum']>;
const mutable = (share: Share): ShareInput => ('atLeast' in share ? { atLeast: [...share.atLeast] } : { moreThan: [...share.moreThan] });

export function inputOf(draft: VoteDraft, now: number, topicId?: string): ActionInput<'votes.create'> {
  const audience: Audience = draft.buildingIds.length ? { level: 'building', ids: draft.buildingIds } : { level: 'community' };
  const units = draft.units.split(/[,，、\s]+/).map((unit) => unit.replace(/单元$/, '').trim()).filter(Boolean);
  return {
    ...(topicId ? { topicId } : {}),
    question: draft.question,
    kind: draft.kind,
    options: draft.kind === 'options' ? draft.optionLines.split('\n').map((line) => line.trim()).filter(Boolean) : [],
    maxChoices: draft.kind === 'options' ? draft.maxChoices : 1,
    rule: draft.rule,
    ...(draft.rule === 'owners_assembly' ? { matter: draft.matter } : {}),
    ...(draft.rule === 'simple' ? { quorum: mutable(draft.quorum), threshold: mutable(draft.threshold) } : {}),
    electorate: { kind: draft.electorate, audience, ...(draft.electorate === 'owners' && units.length ? { units } : {}) },
    secret: draft.secret,
    closesAt: now + draft.days * DAY_MS,
  };
}
