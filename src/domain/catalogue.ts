// How one action is declared: its input schema (shared by the client form and the cloud) and who may call it.
import type { GenericSchema } from 'valibot';
import type { ActorRole } from './roles';

export interface ActionSpec<I extends GenericSchema = GenericSchema, O = unknown> {
  input: I;
  /** Roles allowed to call; 'guest' means any signed-in user, member or not. */
  roles: readonly ActorRole[];
  /** Phantom: the output type, for the typed client. Never set at run time. */
  readonly output?: O;
}

export const action = <O>() => <I extends GenericSchema>(spec: { input: I; roles: readonly ActorRole[] }): ActionSpec<I, O> => spec;

export const MEMBERS: readonly ActorRole[] = ['resident', 'grid_worker', 'committee', 'street'];
export const STAFF: readonly ActorRole[] = ['committee', 'street'];
export const HANDLERS: readonly ActorRole[] = ['grid_worker', 'committee', 'street'];
export const ANYONE: readonly ActorRole[] = ['guest', ...MEMBERS];
