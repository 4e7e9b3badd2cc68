// The demo drives agree with themselves the way the handlers would have left them: counters match sign-ups,
// confirmed hours stay inside the window, each drive is listed under its audience.
import { demoData } from '../../cloud/seed/demo';
import { userIdFor } from '../../cloud/handlers/actor';
import { windowMinutes } from '../../src/domain/drives/hours';
import { HOLDS_PLACE } from '../../src/domain/drives/status';

const now = Date.parse('2026-11-20T09:00:00+08:00');
const data = demoData(now);
const byId = new Map(data.drives.map((drive) => [drive.id, drive]));

describe('the demo drives', () => {
  it('offers an upcoming 卫生死角大清除 in 第二网格 next Saturday morning, led by the captain 李师傅', () => {
    const cleanup = byId.get('d-demo-cleanup')!;
    expect(cleanup).toMatchObject({ kind: 'cleanup', audience: { level: 'grid', ids: ['g-2'] }, organiser: 'captain', team: '第二网格志愿队', organiserId: userIdFor('demo:resident-li') });
    expect(new Date(cleanup.startsAt).toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(data.captains).toEqual([expect.objectContaining({ userId: userIdFor('demo:resident-li'), active: true })]);
  });

  it('keeps every pool counter equal to the sign-ups holding its places, and the places left in step', () => {
    for (const slot of data.driveSlots) {
      const holding = data.driveSignups.filter((signup) => signup.driveId === slot.driveId && signup.taskKey === slot.taskKey && HOLDS_PLACE.includes(signup.status));
      expect(holding).toHaveLength(slot.taken);
      expect(slot.taken).toBeLessThanOrEqual(slot.capacity);
      expect(Math.max(0, ...holding.map((signup) => signup.seq))).toBeLessThanOrEqual(slot.seq);
    }
    for (const drive of data.drives) {
      const taken = data.driveSlots.filter((slot) => slot.driveId === drive.id).reduce((sum, slot) => sum + slot.taken, 0);
      expect(drive.placesLeft).toBe(drive.capacity - taken);
    }
  });

  it('confirms past hours within the window only for those who attended', () => {
    const sorting = byId.get('d-demo-sorting')!;
    expect(sorting.endsAt).toBeLessThan(now);
    for (const signup of data.driveSignups.filter((candidate) => candidate.driveId === sorting.id)) {
      if (signup.status === 'checked_out') expect(signup.hours!.minutes).toBeLessThanOrEqual(windowMinutes(sorting));
      else expect(signup.hours).toBeNull();
    }
    expect(data.driveSignups.filter((signup) => signup.hours?.reason)).toHaveLength(1);
  });

  it('lists each drive under each key of its audience', () => {
    expect(data.driveListings.filter((row) => row.driveId === 'd-demo-cleanup').map((row) => row.key)).toEqual(['grid:g-2']);
    expect(data.driveListings.filter((row) => row.driveId === 'd-demo-trees').map((row) => row.key)).toEqual(['community']);
  });
});
