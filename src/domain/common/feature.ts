// What one feature declares in the domain layer: its actions, its words and the notices it sends.
import type { ActionSpec } from '../catalogue';
import type { RoleGroup } from '../roles';
import type { MessageTable, Wording } from './messages';

/** A notice kind: its title and body (with {params}), who receives it, and its WeChat template key. */
export interface NoticeKind {
  title: Wording;
  body: Wording;
  /** Whose role gets this kind; `notifications.templates` offers each role only its own kinds. */
  to: RoleGroup;
}

export interface DomainFeature<A extends Record<string, ActionSpec>, K extends string> {
  name: string;
  actions: A;
  messages: MessageTable;
  notices: Record<K, NoticeKind>;
}

export const defineFeature = <A extends Record<string, ActionSpec>, K extends string = never>(
  feature: DomainFeature<A, K>,
): DomainFeature<A, K> => feature;
