// Who may adopt, care for, renew and verify: pure functions of the caller, the tree and the adoption, each with
// its named outcomes. Handlers call these; storage enforces the one that races (one adopter per tree).
import { addYears, chinaDate, DAY_MS, daysBetween, startOfChinaDay } from '../common/days';
import type { Outcome } from '../common/outcome';
import type { Actor } from '../roles';
import { careIntervalDays } from './species';
import type { Adoption, AdopterKind, CareAct, CareLog, Condition, Tree, TreeStatus } from './types';

export const TERM_YEARS = 1;
/** A term may be renewed in its last 60 days. */
export const RENEW_WINDOW_DAYS = 60;

/** The moment a term that starts at `startsAt` ends: midnight (China time) of the same date `years` later. */
export const termEnd = (startsAt: number, years = TERM_YEARS): number => startOfChinaDay(addYears(chinaDate(startsAt), years));

/** A tree is adopted while its current term runs; on the day the term ends it is free again, job or no job. */
export const isAdopted = (tree: Pick<Tree, 'adoptedUntil'>, now: number): boolean => tree.adoptedUntil > now;

export const isLive = (adoption: Pick<Adoption, 'status' | 'endsAt'>, now: number): boolean => adoption.status === 'active' && adoption.endsAt > now;

/** Free, adopted, or needing attention (its condition is not healthy): the marker's colour. */
export function treeStatus(tree: Pick<Tree, 'condition' | 'adoptedUntil'>, now: number): TreeStatus {
  if (tree.condition !== 'healthy') return 'attention';
  return isAdopted(tree, now) ? 'adopted' : 'free';
}

export type AdoptRefusal = { kind: 'taken' } | { kind: 'dead' } | { kind: 'no_household' } | { kind: 'not_member' };

export function canAdopt(actor: Actor, tree: Pick<Tree, 'communityId' | 'condition' | 'adoptedUntil'>, as: AdopterKind, now: number): Outcome<AdoptRefusal> {
  if (actor.communityId !== tree.communityId) return { kind: 'not_member' };
  if (tree.condition === 'dead') return { kind: 'dead' };
  if (isAdopted(tree, now)) return { kind: 'taken' };
  if (as === 'household' && !actor.householdId) return { kind: 'no_household' };
  return { kind: 'ok' };
}

/** The adopter themself, or — for a household's adoption — anyone of that household. */
export const isAdopterOf = (actor: Pick<Actor, 'userId' | 'householdId'>, adoption: Pick<Adoption, 'adopterId' | 'kind' | 'householdId'>): boolean =>
  adoption.adopterId === actor.userId || (adoption.kind === 'household' && !!adoption.householdId && adoption.householdId === actor.householdId);

/** Staff of the tree's grid: the committee, or the grid worker who owns the grid. */
export function isStaffFor(actor: Actor, tree: Pick<Tree, 'communityId' | 'gridId'>): boolean {
  if (actor.communityId !== tree.communityId) return false;
  if (actor.role === 'committee') return true;
  return actor.role === 'grid_worker' && tree.gridId !== null && actor.gridIds.includes(tree.gridId);
}

/** The adopter and the tree's staff log any care; any other neighbour can still report sickness (发现病害). */
export function careActsFor(actor: Actor, tree: Pick<Tree, 'communityId' | 'gridId'>, adoption: Adoption | null, now: number): CareAct[] {
  if (actor.communityId !== tree.communityId) return [];
  const adopter = adoption !== null && isLive(adoption, now) && isAdopterOf(actor, adoption);
  if (adopter || isStaffFor(actor, tree)) return ['water', 'prune', 'straighten', 'pest_control', 'litter', 'sickness'];
  return ['sickness'];
}

export type RenewRefusal = { kind: 'not_adopter' } | { kind: 'lapsed' } | { kind: 'too_early'; opensAt: number };

export function canRenew(actor: Actor, adoption: Adoption, now: number): Outcome<RenewRefusal> {
  if (!isAdopterOf(actor, adoption)) return { kind: 'not_adopter' };
  if (!isLive(adoption, now)) return { kind: 'lapsed' };
  const opensAt = adoption.endsAt - RENEW_WINDOW_DAYS * DAY_MS;
  if (now < opensAt) return { kind: 'too_early', opensAt };
  return { kind: 'ok' };
}

/** A sickness found, or a tree found diseased or dead, opens a 随手拍 case (绿化损坏) for its grid. */
export const opensCase = (act: CareAct, condition: Condition | null): boolean => act === 'sickness' || condition === 'pest' || condition === 'dead';

/** Verifying a log: the tree's staff, never their own log, once. */
export type VerifyRefusal = { kind: 'not_staff' } | { kind: 'own_log' } | { kind: 'already_decided' };

export function canVerifyCare(actor: Actor, tree: Pick<Tree, 'communityId' | 'gridId'>, log: Pick<CareLog, 'authorId' | 'verification'>): Outcome<VerifyRefusal> {
  if (!isStaffFor(actor, tree)) return { kind: 'not_staff' };
  if (log.authorId === actor.userId) return { kind: 'own_log' };
  if (log.verification !== 'pending') return { kind: 'already_decided' };
  return { kind: 'ok' };
}

/** The China-time midnight by which the next care is due: the interval of the season counted from the last care. */
export function careDueAt(species: Tree['species'], lastCareAt: number, now: number): number {
  return startOfChinaDay(chinaDate(lastCareAt)) + careIntervalDays(species, now) * DAY_MS;
}

/** Care is due once as many days as the season allows have passed since the last care (or the term's start). */
export const careIsDue = (species: Tree['species'], lastCareAt: number, now: number): boolean =>
  daysBetween(lastCareAt, now) >= careIntervalDays(species, now);

/** Whole days past the due day, 0 when care is not due yet. */
export const overdueDays = (species: Tree['species'], lastCareAt: number, now: number): number =>
  Math.max(0, daysBetween(lastCareAt, now) - careIntervalDays(species, now));

/** Whole days since the adoption's last care, or since its term began. */
export const daysSinceCare = (adoption: Pick<Adoption, 'lastCareAt' | 'startsAt'>, now: number): number => daysBetween(adoption.lastCareAt ?? adoption.startsAt, now);

/** The id of the one reminder sent for one gap in care: a new care log starts a new gap. */
export const reminderId = (adoption: Pick<Adoption, 'id' | 'lastCareAt' | 'startsAt'>): string => `${adoption.id}:${adoption.lastCareAt ?? adoption.startsAt}`;
