// What the signed-in person may do, derived from the catalogue itself: pages show an entry only when the server
// says so (`session.can`), never from a role list of their own.
import { actions, type ActionName } from './actions';
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
  keepTrees: 'trees.add',
  verifyCare: 'trees.pendingCare',
  publishPledges: 'pledges.publish',
} as const satisfies Record<string, ActionName>;

export type Abilities = Record<keyof typeof ABILITY_ACTIONS, boolean>;

export const mayCall = (role: ActorRole, action: ActionName): boolean => (actions[action].roles as readonly ActorRole[]).includes(role);

export function abilitiesOf(role: ActorRole): Abilities {
  const entries = Object.entries(ABILITY_ACTIONS).map(([ability, action]) => [ability, mayCall(role, action)]);
  return Object.fromEntries(entries) as Abilities;
}
