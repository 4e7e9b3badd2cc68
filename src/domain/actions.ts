// The manifest of the whole API: every action, once. The typed client and the dispatcher both read it.
import type { InferInput, InferOutput } from 'valibot';
import type { ActionSpec } from './catalogue';
import { fileActions } from './files/actions';
import { membershipActions } from './membership/actions';
import { notificationActions } from './notifications/actions';
import { reportActions } from './reports/actions';

export const actions = {
  ...fileActions,
  ...membershipActions,
  ...notificationActions,
  ...reportActions,
} as const;

export type Actions = typeof actions;
export type ActionName = keyof Actions;
export type ActionInput<A extends ActionName> = InferInput<Actions[A]['input']>;
export type ParsedInput<A extends ActionName> = InferOutput<Actions[A]['input']>;
export type ActionOutput<A extends ActionName> = Actions[A] extends ActionSpec<infer _I, infer O> ? O : never;

export const isActionName = (name: string): name is ActionName => Object.prototype.hasOwnProperty.call(actions, name);
