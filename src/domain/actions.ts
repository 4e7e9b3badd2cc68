// The manifest of the whole API: every action, once, gathered from the features. The typed client and the
// dispatcher both read it.
import type { InferInput, InferOutput } from 'valibot';
import type { ActionSpec } from './catalogue';
import { FEATURES } from './features';

type Features = (typeof FEATURES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllActions = UnionToIntersection<Features['actions']>;

export const actions = Object.assign({}, ...FEATURES.map((feature) => feature.actions)) as AllActions;

export type Actions = typeof actions;
export type ActionName = keyof Actions & string;
export type ActionInput<A extends ActionName> = InferInput<Actions[A]['input']>;
export type ParsedInput<A extends ActionName> = InferOutput<Actions[A]['input']>;
export type ActionOutput<A extends ActionName> = Actions[A] extends ActionSpec<infer _I, infer O> ? O : never;

export const isActionName = (name: string): name is ActionName => Object.prototype.hasOwnProperty.call(actions, name);
