// How one action is declared: its input schema (shared by the client form and the cloud), who may call it, and
// the scope its records are confined to. The dispatcher enforces both, so a handler cannot forget either.
import type { GenericSchema } from 'valibot';
import { ROLE_GROUPS, type ActorRole, type RoleGroup } from './roles';

/**
 * 'community': the handler's store sees only the caller's community (a street officer: the street's communities);
 * 'self': the caller's own records before they belong anywhere (profile, joining, inbox) — reads stay unconfined.
 */
export type ActionScope = 'community' | 'self';

export interface ActionSpec<I extends GenericSchema = GenericSchema, O = unknown> {
  input: I;
  /** Roles allowed to call; 'guest' means any signed-in user, member or not. */
  roles: readonly ActorRole[];
  scope: ActionScope;
  /** Phantom: the output type, for the typed client. Never set at run time. */
  readonly output?: O;
}

/** Declares an action: `action<Output>()({ input, roles: 'members' })`; actions open to guests act on 'self'. */
export const action =
  <O>() =>
  <I extends GenericSchema>(spec: { input: I; roles: RoleGroup; scope?: ActionScope }): ActionSpec<I, O> => {
    const roles = ROLE_GROUPS[spec.roles];
    return { input: spec.input, roles, scope: spec.scope ?? (spec.roles === 'anyone' ? 'self' : 'community') };
  };
