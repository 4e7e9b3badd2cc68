// The drives' timed jobs: the day-before reminder (inbox + one subscription message, once per sign-up: the
// reminder is recorded on the sign-up in the same conditional write that claims it) and closing attendance at
// the end of each window (auto check-out, no-shows).
import { REMINDER_AHEAD_MS } from '../../../src/domain/drives/rules';
import type { Drive, Signup } from '../../../src/domain/drives/types';
import { defineJob } from '../../kit/jobs';
import { deliver } from '../../kit/notify';
import { closeAttendance } from './close';
import { driveLink, driveParams } from './notify';

const BATCH = 100;

export const remindDrives = defineJob({
  name: 'drives-remind',
  cron: '0 */15 * * * * *',
  everyMs: 15 * 60_000,
  async run({ store, notifier, clock }) {
    const now = clock.now();
    const soon = await store.find<Drive>('drives', { startsAt: { $gt: now, $lte: now + REMINDER_AHEAD_MS } }, { orderBy: [['startsAt', 'asc']], limit: BATCH });
    let sent = 0;
    for (const drive of soon) {
      const due = await store.find<Signup>('driveSignups', { driveId: drive.id, status: 'signed_up', remindedAt: null });
      for (const signup of due) {
        // Claimed before sending: a second run (or a concurrent one) finds it reminded and sends nothing.
        if (!(await store.update('driveSignups', signup.id, { remindedAt: now }, { status: 'signed_up', remindedAt: null }))) continue;
        await deliver(notifier, [signup.userId], { communityId: drive.communityId, kind: 'drive.reminder', params: driveParams(drive), link: driveLink(drive.id) });
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
