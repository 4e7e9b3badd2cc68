// Who may do what with a drive, and when: pure functions of the caller, the drive and the time.
import { distanceMeters, type LatLng } from '../geo';
import type { Outcome } from '../common/outcome';
import { OK } from '../common/outcome';
import { inAudience } from '../common/scope';
import type { Actor, ActorRole } from '../roles';
import type { Drive, DrivePhase, DrivePlace } from './types';

/** Check-in opens this long before the start, so early arrivals can scan (their hours still start at the start). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** The day-before reminder goes out once a drive starts within this long. */
export const REMINDER_AHEAD_MS = 24 * 3_600_000;
/** A drive lasts at most this long: a volunteer session, not a shift roster. */
export const MAX_DRIVE_MS = 12 * 3_600_000;
export const MAX_REPEATS = 12;
/** The check-in QR changes every 30 s; the code of the window just past still passes, for clock skew. */
export const CHECK_IN_WINDOW_MS = 30_000;
export const CHECK_IN_GRACE_WINDOWS = 1;

/** Publishing: the committee, or a resident the committee named 志愿队长. */
export const canOrganiseDrives = (role: ActorRole, captain: boolean): boolean =>
  role === 'committee' || (captain && (role === 'resident' || role === 'grid_worker'));

/** The organiser's pages of one drive: its organiser, or the committee of its community. */
export const canManage = (actor: Actor, drive: Pick<Drive, 'organiserId' | 'communityId'>): boolean =>
  actor.communityId === drive.communityId && (actor.userId === drive.organiserId || actor.role === 'committee');

/** Members see drives addressed to them; whoever manages drives sees all of the community's. */
export const canSeeDrive = (actor: Actor, drive: Pick<Drive, 'communityId' | 'audience' | 'organiserId'>): boolean =>
  actor.communityId === drive.communityId && (canManage(actor, drive) || inAudience(actor, drive.audience));

export function phaseOf(drive: Pick<Drive, 'startsAt' | 'endsAt'>, now: number): DrivePhase {
  if (now < drive.startsAt) return 'upcoming';
  return now < drive.endsAt ? 'ongoing' : 'ended';
}

export type SignUpRefusal = { kind: 'deadline_passed' } | { kind: 'not_in_audience' } | { kind: 'unknown_task' } | { kind: 'task_required' };

/** Whether this person may sign up now (the place itself is decided inside the sign-up's transaction). */
export function signUpOutcome(actor: Actor, drive: Drive, taskKey: string | undefined, now: number): Outcome<SignUpRefusal> {
  if (now >= drive.signUpBy || now >= drive.startsAt) return { kind: 'deadline_passed' };
  if (!inAudience(actor, drive.audience)) return { kind: 'not_in_audience' };
  if (drive.tasks.length && !taskKey) return { kind: 'task_required' };
  if (taskKey && !drive.tasks.some((task) => task.key === taskKey)) return { kind: 'unknown_task' };
  return OK;
}

/** Cancelling is allowed until the sign-up deadline, so the organiser can count on who is left. */
export const cancelOutcome = (drive: Pick<Drive, 'signUpBy' | 'startsAt'>, now: number): Outcome<{ kind: 'cancel_closed' }> =>
  now >= drive.signUpBy || now >= drive.startsAt ? { kind: 'cancel_closed' } : OK;

export type CheckInTimeRefusal = { kind: 'not_open_yet'; opensAt: number } | { kind: 'ended' };

/** Check-in is open from half an hour before the start until the end of the window. */
export function checkInTimeOutcome(drive: Pick<Drive, 'startsAt' | 'endsAt'>, now: number): Outcome<CheckInTimeRefusal> {
  const opensAt = drive.startsAt - CHECK_IN_OPENS_BEFORE_MS;
  if (now < opensAt) return { kind: 'not_open_yet', opensAt };
  return now >= drive.endsAt ? { kind: 'ended' } : OK;
}

export type GeofenceRefusal = { kind: 'location_needed' } | { kind: 'outside'; distance: number; radius: number };

/** With a geofence, the person's location must lie within the radius of the drive's point. */
export function geofenceOutcome(place: DrivePlace, location: LatLng | undefined): Outcome<GeofenceRefusal> {
  if (place.radiusMeters === null) return OK;
  if (!location) return { kind: 'location_needed' };
  const distance = Math.round(distanceMeters(place, location));
  return distance > place.radiusMeters ? { kind: 'outside', distance, radius: place.radiusMeters } : OK;
}

/** The start of each drive of a series: the first date, then every `everyDays` days, `times` in all. */
export function seriesStarts(startsAt: number, repeat: { everyDays: number; times: number } | undefined): number[] {
  if (!repeat) return [startsAt];
  return Array.from({ length: repeat.times }, (_, index) => startsAt + index * repeat.everyDays * 24 * 3_600_000);
}
