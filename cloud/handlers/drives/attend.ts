// Checking in and out on site with the organiser's rotating code: the QR token (scanned) or its 6-digit code
// (typed on H5) must be of this drive and of the current 30-s window — the window just past still passes, for clock
// skew between phones — and, with a geofence, the person must be within its radius. Both are idempotent: doing it
// twice answers the same check-in (or check-out); the code used to check in cannot also check the person out.
import type * as v from 'valibot';
import { CHECK_IN_GRACE_WINDOWS, CHECK_IN_WINDOW_MS, checkInTimeOutcome, geofenceOutcome } from '../../../src/domain/drives/rules';
import type { AttendInput } from '../../../src/domain/drives/schemas';
import type { Drive, Signup } from '../../../src/domain/drives/types';
import { SIGNUP_MACHINE } from '../../../src/domain/drives/status';
import { issueToken, matchCode, readToken, type WindowTokenPolicy } from '../../kit/windowToken';
import type { ActionHandler, HandlerContext } from '../context';
import { ActionError, conflict, forbidden, invalidField } from '../errors';
import { loadDrive, loadManaged, ownSignup } from './access';
import { clockLabel } from './notify';
import { mySignupView } from './views';

export const CHECK_IN_POLICY: WindowTokenPolicy = { purpose: 'drive-checkin', windowMs: CHECK_IN_WINDOW_MS, grace: CHECK_IN_GRACE_WINDOWS };

type Attend = v.InferOutput<typeof AttendInput>;

/** The window of a valid code for this drive and place, or the refusal that says what is wrong with it. */
async function acceptedWindow(ctx: HandlerContext, drive: Drive, input: Attend, now: number): Promise<number> {
  const key = await ctx.secrets.signingKey();
  let window: number;
  if (input.by === 'scan') {
    const reading = readToken(key, input.token, now, CHECK_IN_POLICY);
    if (reading.kind === 'malformed' || reading.kind === 'forged' || reading.kind === 'future') throw invalidField('token', 'drive.tokenForged');
    if (reading.subject !== drive.id) throw invalidField('token', 'drive.tokenOtherDrive');
    if (reading.kind === 'expired') throw conflict('drive.tokenExpired');
    window = reading.window;
  } else {
    const reading = matchCode(key, drive.id, input.code, now, CHECK_IN_POLICY);
    if (reading.kind === 'wrong') throw invalidField('code', 'drive.codeWrong');
    if (reading.kind === 'expired') throw conflict('drive.tokenExpired');
    window = reading.window;
  }
  const fence = geofenceOutcome(drive.place, input.location);
  if (fence.kind === 'location_needed') throw invalidField('location', 'drive.locationNeeded');
  if (fence.kind === 'outside') throw forbidden('drive.outsideGeofence', { distance: fence.distance, radius: fence.radius });
  return window;
}

async function signupFor(ctx: HandlerContext, driveId: string): Promise<{ drive: Drive; signup: Signup }> {
  const drive = await loadDrive(ctx.store, ctx.actor, driveId);
  const signup = await ownSignup(ctx.store, ctx.actor, drive.id);
  if (!signup || signup.status === 'cancelled') throw conflict('drive.notSignedUp');
  return { drive, signup };
}

const invalidMove = (signup: Signup) => conflict('drive.invalidTransition', { status: `@signup.${signup.status}` });

/** Writes a move if the sign-up is still as read; a lost race with oneself answers what the winner wrote. */
async function moveSignup(ctx: HandlerContext, signup: Signup, patch: Partial<Signup>): Promise<Signup> {
  const moved = await ctx.store.update('driveSignups', signup.id, { ...patch, updatedAt: ctx.clock.now() }, { status: signup.status });
  const now = await ctx.store.get<Signup>('driveSignups', signup.id);
  if (!moved && now?.status === signup.status) throw conflict('drive.stale');
  return now!;
}

export const checkIn: ActionHandler<'drives.checkIn'> = async (input, ctx) => {
  const { drive, signup } = await signupFor(ctx, input.driveId);
  const now = ctx.clock.now();
  const window = await acceptedWindow(ctx, drive, input, now);
  if (signup.status === 'checked_in' || signup.status === 'checked_out') return mySignupView(ctx.store, signup);
  if (signup.status === 'waitlisted') throw conflict('drive.waitlistedNoCheckIn');
  if (SIGNUP_MACHINE.move(signup.status, 'checkIn').kind !== 'ok') throw invalidMove(signup);
  const time = checkInTimeOutcome(drive, now);
  if (time.kind === 'ended') throw conflict('drive.ended');
  if (time.kind === 'not_open_yet') throw new ActionError('CONFLICT', 'drive.notOpenYet', { params: { time: clockLabel(time.opensAt) } });
  const moved = await moveSignup(ctx, signup, { status: 'checked_in', checkedInAt: now, checkInBy: 'self', usedWindow: window });
  return mySignupView(ctx.store, moved);
};

export const checkOut: ActionHandler<'drives.checkOut'> = async (input, ctx) => {
  const { drive, signup } = await signupFor(ctx, input.driveId);
  const now = ctx.clock.now();
  const window = await acceptedWindow(ctx, drive, input, now);
  if (signup.status === 'checked_out') return mySignupView(ctx.store, signup);
  if (signup.status !== 'checked_in') throw conflict('drive.notCheckedIn');
  if (signup.usedWindow !== null && window <= signup.usedWindow) throw conflict('drive.tokenUsed');
  const moved = await moveSignup(ctx, signup, { status: 'checked_out', checkedOutAt: now, checkOutBy: 'self', usedWindow: window });
  return mySignupView(ctx.store, moved);
};

/** The organiser's rotating code: a fresh token and its 6-digit code for the current window. */
export const checkInCode: ActionHandler<'drives.checkInCode'> = async (input, ctx) => {
  const drive = await loadManaged(ctx.store, ctx.actor, input.driveId);
  const now = ctx.clock.now();
  const issued = issueToken(await ctx.secrets.signingKey(), drive.id, now, CHECK_IN_POLICY);
  return { token: issued.token, code: issued.code, refreshAt: issued.refreshAt, now, radiusMeters: drive.place.radiusMeters };
};
