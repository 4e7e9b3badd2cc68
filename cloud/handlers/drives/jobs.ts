// The drives' timed jobs: the day-before reminder (inbox + one subscription message, once per sign-up: the
// reminder is claimed on the sign-up by a conditional write in the transaction that writes its inbox notice) and
// closing attendance at the end of each window (auto check-out, no-shows).
import { REMINDER_AHEAD_MS } from '../../../src/domain/drives/rules';
import type { Drive, Signup } from '../../../src/domain/drives/types';
import { defineJob } from '../../kit/jobs';
import { noticesFor, SYSTEM_CALLER } from '../../kit/notify';
import { closeAttendance } from './close';
import { driveLink, driveParams } from './notify';

const BATCH = 100;

export const remindDrives = defineJob({
  name: 'drives-remind',
  cron: '0 */15 * * * * *',
  everyMs: 15 * 60_000,
  async run(ports) {
    const { store, clock } = ports;
    const now = clock.now();
    const soon = await store.find<Drive>('drives', { startsAt: { $gt: now, $lte: now + REMINDER_AHEAD_MS } }, { orderBy: [['startsAt', 'asc']], limit: BATCH });
    let sent = 0;
    for (const drive of soon) {
      const due = await store.find<Signup>('driveSignups', { driveId: drive.id, status: 'signed_up', remindedAt: null });
      for (const signup of due) {
        const notices = noticesFor({ ...ports, actor: SYSTEM_CALLER }, [signup.userId], { communityId: drive.communityId, kind: 'drive.reminder', params: driveParams(drive), link: driveLink(drive.id) });
        // A second run (or a concurrent one) finds the sign-up reminded and writes nothing.
        const claimed = await store.transaction(async (tx) => {
          if (!(await tx.update('driveSignups', signup.id, { remindedAt: now }, { status: 'signed_up', remindedAt: null }))) return false;
          await notices.write(tx);
          return true;
        });
        if (!claimed) continue;
        await notices.push();
        sent += 1;
      }
    }
    return sent;
  },
});

export const closeEndedDrives = defineJob({
  name: 'drives-close',
  cron: '0 */5 * * * * *',
  everyMs: 5 * 60_000,
  async run({ store, clock }) {
    const now = clock.now();
    const ended = await store.find<Drive>('drives', { closedAt: null, endsAt: { $lte: now } }, { orderBy: [['endsAt', 'asc']], limit: BATCH });
    let changed = 0;
    for (const drive of ended) changed += await closeAttendance(store, drive, now);
    return changed;
  },
});

export const DRIVE_JOBS = [closeEndedDrives, remindDrives] as const;
