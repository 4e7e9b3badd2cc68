// Places are hard: a sign-up takes one only while its pool has room, decided inside the transaction that also
// takes the pool's next arrival number, so the waitlist keeps arrival order however many sign up at once.
// A cancel frees the place for exactly one waitlisted person, the earliest still waiting, in the same transaction.
import { SIGNUP_MACHINE } from '../../../src/domain/drives/status';
import type { Drive, DriveSlot, Signup } from '../../../src/domain/drives/types';
import type { Store, StoreTx } from '../../ports/store';
import { conflict } from '../errors';
import { slotIdOf } from './access';

/** The transaction lost a race it cannot settle itself; the caller reads again and retries. */
class Retry extends Error {}

const stale = () => conflict('drive.stale');

async function slotOf(tx: StoreTx, driveId: string, taskKey: string): Promise<DriveSlot> {
  const slot = await tx.get<DriveSlot>('driveSlots', slotIdOf(driveId, taskKey));
  if (!slot) throw new Error(`drive ${driveId} has no pool ${taskKey}`);
  return slot;
}

export interface Arrival {
  signupId: string;
  userId: string;
  taskKey: string;
  now: number;
}

/** Takes a place, or the next waitlist number; answers the stored sign-up. */
export async function takePlace(store: Store, drive: Drive, arrival: Arrival): Promise<Signup> {
  return store.transaction(async (tx) => {
    const existing = await tx.get<Signup>('driveSignups', arrival.signupId);
    if (existing && existing.status !== 'cancelled') throw conflict('drive.alreadySignedUp');
    const slot = await slotOf(tx, drive.id, arrival.taskKey);
    const placed = slot.taken < slot.capacity;
    const seq = slot.seq + 1;
    // Conditional on the counters read: two arrivals can never share a number or overfill the pool.
    const counted = await tx.update('driveSlots', slot.id, placed ? { taken: slot.taken + 1, seq } : { seq }, { taken: slot.taken, seq: slot.seq });
    if (!counted) throw stale();
    if (placed) await tx.increment('drives', drive.id, 'placesLeft', -1);
    const status = placed ? 'signed_up' : 'waitlisted';
    const fresh = { taskKey: arrival.taskKey, status, seq, checkedInAt: null, checkedOutAt: null, checkInBy: null, checkOutBy: null, proxyBy: null, usedWindow: null, hours: null, remindedAt: null, updatedAt: arrival.now } as const;
    if (existing) {
      const move = SIGNUP_MACHINE.move(existing.status, placed ? 'rejoin' : 'rejoinWaitlist');
      if (move.kind !== 'ok' || !(await tx.update('driveSignups', existing.id, fresh, { status: 'cancelled' }))) throw stale();
      return { ...existing, ...fresh };
    }
    const signup: Signup = { id: arrival.signupId, driveId: drive.id, communityId: drive.communityId, userId: arrival.userId, walkInName: null, ...fresh, createdAt: arrival.now };
    await tx.insert('driveSignups', signup);
    return signup;
  });
}

const CANDIDATES = 5;

/**
 * Cancels a sign-up; a freed place goes to the earliest waitlisted person of the same pool. Answers the promoted
 * sign-up, if any. Each attempt reads the sign-up, its pool and the first few waiting, then claims inside one
 * transaction: the cancel only if the sign-up is still as read (a waitlisted person may have just been promoted),
 * a candidate only if still waiting, and the place back only if nobody joined the waitlist since it was read.
 */
export async function cancelPlace(store: Store, drive: Drive, signupId: string, now: number): Promise<Signup | null> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const signup = await store.get<Signup>('driveSignups', signupId);
    if (!signup) throw conflict('drive.notSignedUp');
    if (SIGNUP_MACHINE.move(signup.status, 'cancel').kind !== 'ok') throw conflict('drive.invalidTransition', { status: `@signup.${signup.status}` });
    const seen = await store.get<DriveSlot>('driveSlots', slotIdOf(drive.id, signup.taskKey));
    const waiting = signup.status === 'signed_up'
      ? await store.find<Signup>('driveSignups', { driveId: drive.id, taskKey: signup.taskKey, status: 'waitlisted' }, { orderBy: [['seq', 'asc']], limit: CANDIDATES })
      : [];
    try {
      return await store.transaction(async (tx) => {
        if (!(await tx.update('driveSignups', signup.id, { status: 'cancelled', updatedAt: now }, { status: signup.status }))) throw new Retry();
        if (signup.status === 'waitlisted') return null;
        for (const candidate of waiting) {
          if (await tx.update('driveSignups', candidate.id, { status: 'signed_up', updatedAt: now }, { status: 'waitlisted' })) {
            return { ...candidate, status: 'signed_up' as const, updatedAt: now };
          }
        }
        if (waiting.length === CANDIDATES) throw new Retry();
        const slot = await slotOf(tx, drive.id, signup.taskKey);
        // Someone who joined the waitlist after it was read must get this place: then read again.
        if (!seen || slot.seq !== seen.seq) throw new Retry();
        if (!(await tx.update('driveSlots', slot.id, { taken: slot.taken - 1 }, { taken: slot.taken, seq: slot.seq }))) throw new Retry();
        await tx.increment('drives', drive.id, 'placesLeft', 1);
        return null;
      });
    } catch (error) {
      if (!(error instanceof Retry)) throw error;
    }
  }
  throw stale();
}
