// Who a caller is inside a community. Identity never comes from an action's input.
import type { Place } from './common/scope';

export const ROLES = ['resident', 'grid_worker', 'committee', 'street'] as const;
export type Role = (typeof ROLES)[number];

/** 'guest' = signed in but not (yet) an active member of any community. */
export type ActorRole = Role | 'guest';

export interface Actor extends Place {
  userId: string;
  role: ActorRole;
  /** Grids a grid worker owns. */
  gridIds: string[];
}

/** The role groups, each under one name; catalogue entries and predicates use these and nothing else. */
export const ROLE_GROUPS = {
  /** Anyone signed in, member or not. */
  anyone: ['guest', 'resident', 'grid_worker', 'committee', 'street'],
  /** Active members of a community, whatever their role. */
  members: ['resident', 'grid_worker', 'committee', 'street'],
  /** People who handle cases: grid workers, the committee, the street office. */
  handlers: ['grid_worker', 'committee', 'street'],
  /** People working in one community: its grid workers and its committee. */
  fieldStaff: ['grid_worker', 'committee'],
  /** People who publish and oversee: the committee and the street office. */
  overseers: ['committee', 'street'],
  /** The community's own committee. */
  committee: ['committee'],
} as const satisfies Record<string, readonly ActorRole[]>;

export type RoleGroup = keyof typeof ROLE_GROUPS;

export const inGroup = (group: RoleGroup, role: ActorRole): boolean => (ROLE_GROUPS[group] as readonly ActorRole[]).includes(role);
