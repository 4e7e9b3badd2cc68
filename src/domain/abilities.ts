// What the signed-in person may do, derived from the catalogue itself: pages show an entry only when the server
// says so (`session.can`), never from a role list of their own.
import { actions, type ActionName } from './actions';
import { canOrganiseDrives } from './drives/rules';
import type { ActorRole } from './roles';

/** Each ability is the right to call one action. */
export const ABILITY_ACTIONS = {
  reviewJoins: 'membership.decide',
  manageHouseholdCodes: 'households.codes',
  fileOnBehalf: 'reports.createOnBehalf',
  handleCases: 'reports.queue',
  overseeCases: 'reports.adminList',
  manageCouncils: 'votes.create',
  createPolls: 'polls.create',
  publishNotices: 'notices.publish',
  nameCaptains: 'drives.grantCaptain',
  keepTrees: 'trees.add',
  verifyCare: 'trees.pendingCare',
  publishPledges: 'pledges.publish',
} as const satisfies Record<string, ActionName>;

/** What the committee granted a person beyond their role (a 志愿队长 organises drives). */
export interface Grants {
  captain: boolean;
}

export const NO_GRANTS: Grants = { captain: false };

/** Abilities that a grant can give, each decided by its domain rule rather than by the catalogue alone. */
const granted = (role: ActorRole, grants: Grants) => ({ organiseDrives: canOrganiseDrives(role, grants.captain) });

export type Abilities = Record<keyof typeof ABILITY_ACTIONS | keyof ReturnType<typeof granted>, boolean>;

export const mayCall = (role: ActorRole, action: ActionName): boolean => (actions[action].roles as readonly ActorRole[]).includes(role);

export function abilitiesOf(role: ActorRole, grants: Grants = NO_GRANTS): Abilities {
  const entries = Object.entries(ABILITY_ACTIONS).map(([ability, action]) => [ability, mayCall(role, action)]);
  return { ...(Object.fromEntries(entries) as Record<keyof typeof ABILITY_ACTIONS, boolean>), ...granted(role, grants) };
}
