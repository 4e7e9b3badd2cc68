// 四议两公开 as a state machine: a topic reaches the agenda (by its supporters or the committee), is deliberated,
// resolved by a vote, implemented, and accepted; it may be merged into another or declined with a published reason.
import { defineMachine } from '../common/machine';
import type { TopicStatus } from './types';

export type TopicMove = 'reachAgenda' | 'putOnAgenda' | 'merge' | 'decline' | 'openVote' | 'reconsider' | 'implement' | 'accept';

export const TOPIC_MACHINE = defineMachine<TopicStatus, TopicMove>({
  reachAgenda: { from: ['proposal'], to: 'deliberation' },
  putOnAgenda: { from: ['proposal'], to: 'deliberation' },
  merge: { from: ['proposal', 'deliberation'], to: 'merged' },
  decline: { from: ['proposal', 'deliberation', 'resolution'], to: 'declined' },
  openVote: { from: ['deliberation'], to: 'resolution' },
  reconsider: { from: ['resolution'], to: 'deliberation' },
  implement: { from: ['resolution'], to: 'implementation' },
  accept: { from: ['implementation'], to: 'accepted' },
});

/** Topics still being worked on: they take comments. */
export const ACTIVE_TOPIC_STATUSES: readonly TopicStatus[] = ['proposal', 'deliberation', 'resolution', 'implementation'];

/** The list's tabs, each a set of statuses. */
export const TOPIC_STAGES = {
  all: ['proposal', 'deliberation', 'resolution', 'implementation', 'accepted', 'declined', 'merged'],
  collecting: ['proposal'],
  deliberating: ['deliberation'],
  voting: ['resolution'],
  implementing: ['implementation'],
  done: ['accepted', 'declined', 'merged'],
} as const satisfies Record<string, readonly TopicStatus[]>;

export type TopicStage = keyof typeof TOPIC_STAGES;

export const STATUS_WORDS: Record<TopicStatus, { zh: string; en: string }> = {
  proposal: { zh: '征集附议', en: 'Gathering support' },
  deliberation: { zh: '议事中', en: 'Under deliberation' },
  resolution: { zh: '表决中', en: 'Being resolved' },
  implementation: { zh: '实施中', en: 'Being carried out' },
  accepted: { zh: '已验收', en: 'Done and accepted' },
  declined: { zh: '未采纳', en: 'Declined' },
  merged: { zh: '已合并', en: 'Merged' },
};
