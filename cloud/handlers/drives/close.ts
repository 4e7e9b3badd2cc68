// Closing a drive's attendance at the end of its window: whoever is still checked in is checked out at the end
// (automatically, recorded as such), whoever never checked in is a no-show. Run by the timed job and before hours
// are confirmed; running it twice changes nothing more.
import type { Drive, Signup } from '../../../src/domain/drives/types';
import type { Store } from '../../ports';

class AlreadyClosed extends Error {}

/** Answers how many sign-ups it changed. */
export async function closeAttendance(store: Store, drive: Drive, now: number): Promise<number> {
  if (drive.closedAt !== null || now < drive.endsAt) return 0;
  const open = await store.find<Signup>('driveSignups', { driveId: drive.id, status: { $in: ['checked_in', 'signed_up'] } });
  try {
    return await store.transaction(async (tx) => {
      if (!(await tx.update('drives', drive.id, { closedAt: now, updatedAt: now }, { closedAt: null }))) throw new AlreadyClosed();
      let changed = 0;
      for (const signup of open) {
        const patch =
          signup.status === 'checked_in'
            ? { status: 'checked_out', checkedOutAt: drive.endsAt, checkOutBy: 'auto', updatedAt: now }
            : { status: 'no_show', updatedAt: now };
        if (await tx.update('driveSignups', signup.id, patch, { status: signup.status })) changed += 1;
      }
      return changed;
    });
  } catch (error) {
    if (error instanceof AlreadyClosed) return 0;
    throw error;
  }
}
