// Who may do what with a case. Pure functions of the caller and the report; handlers call these and nothing else.
import { pointInPolygon, type LatLng, type Ring } from '../geo';
import type { Actor } from '../roles';
import { DAY_MS } from './categories';
import { OPEN_STATUSES, REOPEN_WINDOW_DAYS } from './status';
import type { Report, ReportAbilities } from './types';

/** How a case number reads: the year, then its sequence in the community that year (2026-0042). */
export const caseNoOf = (year: number, sequence: number): string => `${year}-${String(sequence).padStart(4, '0')}`;

/** The numbering key of a community's cases in one year. */
export const caseCounterKey = (communityId: string, year: number): string => `reports:${communityId}:${year}`;

/** The grid whose boundary holds the spot, or null for the community's duty queue. */
export function routeToGrid(point: LatLng, grids: ReadonlyArray<{ id: string; polygon: Ring }>): string | null {
  return grids.find((grid) => pointInPolygon(point, grid.polygon))?.id ?? null;
}

type Scope = Pick<Report, 'communityId' | 'streetId'>;

/** Members see their own community's cases; a street officer sees every community of the street. */
export function canSee(actor: Actor, report: Scope): boolean {
  if (actor.role === 'street') return actor.streetId !== undefined && actor.streetId === report.streetId;
  return actor.communityId === report.communityId;
}

/**
 * Handling (accept, start, escalate, resolve): the assigned grid's worker at grid level, the committee
 * of the community at grid or community level, the street office at street level, and the organiser of a volunteer
 * drive that took the case on.
 */
export function canHandle(actor: Actor, report: Pick<Report, 'communityId' | 'streetId' | 'gridId' | 'level' | 'takenOnBy'>): boolean {
  if (!canSee(actor, report)) return false;
  // The organiser of a drive that took the case on resolves it after the drive, whatever their role.
  if (report.takenOnBy?.organiserId === actor.userId && report.level !== 'street') return true;
  switch (actor.role) {
    case 'grid_worker':
      return report.level === 'grid' && report.gridId !== null && actor.gridIds.includes(report.gridId);
    case 'committee':
      return report.level !== 'street';
    case 'street':
      return report.level === 'street';
    default:
      return false;
  }
}

/** Reassign, mark duplicate, hide: the committee of the case's community. */
export const canModerate = (actor: Actor, report: Scope): boolean => actor.role === 'committee' && canSee(actor, report);

/** 谁上报谁核查: only the reporter confirms or rejects a fix (for a 代办 case, the grid worker who filed it). */
export const canVerify = (actor: Actor, report: Pick<Report, 'reporterId' | 'filedBy' | 'communityId' | 'streetId'>): boolean =>
  canSee(actor, report) && (report.filedBy ? report.filedBy.userId === actor.userId : report.reporterId === actor.userId);

/** "Me too" is a neighbour's voice: not the reporter's, and not that of whoever handles the case. */
export const canSupport = (actor: Actor, report: Pick<Report, 'reporterId' | 'status' | 'communityId' | 'streetId' | 'gridId' | 'level'>): boolean =>
  actor.communityId === report.communityId &&
  report.reporterId !== actor.userId &&
  OPEN_STATUSES.includes(report.status) &&
  !canHandle(actor, report);

/**
 * 前清后涂: a closed case may come back once, as a new linked case within 30 days, raised by any member of its
 * community; after that the new case is the one to follow (and to reopen).
 */
export const canReopen = (actor: Actor, report: Pick<Report, 'status' | 'closedAt' | 'communityId' | 'reopenedAs'>, now: number): boolean =>
  actor.communityId === report.communityId &&
  report.status === 'closed' &&
  !report.reopenedAs &&
  report.closedAt !== undefined &&
  now - report.closedAt <= REOPEN_WINDOW_DAYS * DAY_MS;

export function abilities(actor: Actor, report: Report, now: number, supportedByMe: boolean): ReportAbilities {
  const handles = canHandle(actor, report);
  const active = report.status === 'submitted' || report.status === 'accepted' || report.status === 'in_progress';
  return {
    verify: report.status === 'resolved' && canVerify(actor, report),
    reopen: canReopen(actor, report, now),
    support: !supportedByMe && canSupport(actor, report),
    accept: handles && report.status === 'submitted',
    start: handles && report.status === 'accepted',
    escalate: handles && active && report.level !== 'street',
    resolve: handles && (report.status === 'accepted' || report.status === 'in_progress'),
    moderate: canModerate(actor, report),
  };
}
