// 代签: the organiser checks in a signed-up person who has no phone with them, or by name a person with no account
// at all (a walk-in, recorded as such, taking no place); and checks them out. Every such act names the organiser.
import { createHash } from 'node:crypto';
import { checkInTimeOutcome } from '../../../src/domain/drives/rules';
import { ALL_PLACES, type Signup } from '../../../src/domain/drives/types';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { conflict, notFound } from '../errors';
import { loadManaged } from './access';
import { clockLabel } from './notify';

async function loadSignupOf(ctx: Parameters<ActionHandler<'drives.proxyCheckOut'>>[1], driveId: string, signupId: string): Promise<Signup> {
  const signup = await ctx.store.get<Signup>('driveSignups', signupId);
  if (!signup || signup.driveId !== driveId) throw notFound('drive.signupNotFound');
  return signup;
}

export const proxyCheckIn: ActionHandler<'drives.proxyCheckIn'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const drive = await loadManaged(store, actor, input.driveId);
  const now = ctx.clock.now();
  const time = checkInTimeOutcome(drive, now);
  if (time.kind === 'ended') throw conflict('drive.ended');
  if (time.kind === 'not_open_yet') throw conflict('drive.notOpenYet', { time: clockLabel(time.opensAt) });
  const checkedIn = { status: 'checked_in' as const, checkedInAt: now, checkInBy: 'proxy' as const, proxyBy: actor.userId, updatedAt: now };

  if (input.who === 'walkIn') {
    // The same name twice is the same person: the id follows the name, so a second 代签 answers the first.
    const id = `${drive.id}:walkin:${createHash('sha256').update(input.name).digest('hex').slice(0, 12)}`;
    const walkIn: Signup = {
      id, driveId: drive.id, communityId: drive.communityId, userId: null, walkInName: input.name, taskKey: drive.tasks[0]?.key ?? ALL_PLACES, seq: 0,
      checkedOutAt: null, checkOutBy: null, usedWindow: null, hours: null, remindedAt: null, createdAt: now, ...checkedIn,
    };
    try {
      await store.insert('driveSignups', walkIn);
    } catch (error) {
      if (!(error instanceof DuplicateIdError)) throw error;
    }
    return { signupId: id };
  }

  const signup = await loadSignupOf(ctx, drive.id, input.signupId);
  if (signup.status === 'checked_in' || signup.status === 'checked_out') return { signupId: signup.id };
  if (signup.status === 'waitlisted') throw conflict('drive.waitlistedNoCheckIn');
  if (signup.status !== 'signed_up') throw conflict('drive.invalidTransition', { status: `@signup.${signup.status}` });
  if (!(await store.update('driveSignups', signup.id, checkedIn, { status: 'signed_up' }))) throw conflict('drive.stale');
  return { signupId: signup.id };
};

export const proxyCheckOut: ActionHandler<'drives.proxyCheckOut'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const drive = await loadManaged(store, actor, input.driveId);
  const signup = await loadSignupOf(ctx, drive.id, input.signupId);
  if (signup.status === 'checked_out') return { signupId: signup.id };
  if (signup.status !== 'checked_in') throw conflict('drive.notCheckedIn');
  const now = ctx.clock.now();
  const patch = { status: 'checked_out', checkedOutAt: now, checkOutBy: 'proxy', proxyBy: actor.userId, updatedAt: now };
  if (!(await store.update('driveSignups', signup.id, patch, { status: 'checked_in' }))) throw conflict('drive.stale');
  return { signupId: signup.id };
};
