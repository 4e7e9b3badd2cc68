// Who a caller is inside a community. Identity never comes from an action's input.

export const ROLES = ['resident', 'grid_worker', 'committee', 'street'] as const;
export type Role = (typeof ROLES)[number];

/** 'guest' = signed in but not (yet) an active member of any community. */
export type ActorRole = Role | 'guest';

export interface Actor {
  userId: string;
  role: ActorRole;
  /** The community the caller acts in; absent for guests. */
  communityId?: string;
  /** Street office callers see every community of their street. */
  streetId?: string;
  householdId?: string;
  /** Grids a grid worker owns. */
  gridIds: string[];
}

export const isStaff = (actor: Actor): boolean => actor.role === 'committee' || actor.role === 'street';
