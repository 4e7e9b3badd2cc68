// Who may organise and manage a drive, when sign-ups, cancellations and check-ins are open, the geofence, series
// dates, and the sign-up machine.
import { SIGNUP_MACHINE } from '../../src/domain/drives/status';
import {
  canManage,
  canOrganiseDrives,
  canSeeDrive,
  cancelOutcome,
  checkInTimeOutcome,
  geofenceOutcome,
  seriesStarts,
  signUpOutcome,
} from '../../src/domain/drives/rules';
import type { Drive } from '../../src/domain/drives/types';
import type { Actor } from '../../src/domain/roles';

const HOUR = 3_600_000;
const start = Date.parse('2026-11-21T09:00:00+08:00');
const drive: Drive = {
  id: 'd1', communityId: 'c1', streetId: 's1', seriesId: 'd1', title: '5栋后院卫生死角大清除', kind: 'cleanup', description: '', bring: '',
  startsAt: start, endsAt: start + 2.5 * HOUR, signUpBy: start - 12 * HOUR,
  place: { lat: 30.66, lng: 104.0815, address: '5栋后院', radiusMeters: 200 },
  capacity: 8, tasks: [], cover: [], audience: { level: 'grid', ids: ['g-2'] }, organiserId: 'u-captain', organiser: 'captain', team: '第二网格志愿队',
  reportIds: [], placesLeft: 8, closedAt: null, hoursConfirmedAt: null, createdAt: 0, updatedAt: 0,
};
const resident = (gridId: string, userId = 'u-r'): Actor => ({ userId, role: 'resident', communityId: 'c1', gridId, gridIds: [] });
const committee: Actor = { userId: 'u-c', role: 'committee', communityId: 'c1', gridIds: [] };

describe('canOrganiseDrives', () => {
  it('lets the committee and a named captain organise, and nobody else', () => {
    expect(canOrganiseDrives('committee', false)).toBe(true);
    expect(canOrganiseDrives('resident', true)).toBe(true);
    expect(canOrganiseDrives('resident', false)).toBe(false);
    expect(canOrganiseDrives('guest', true)).toBe(false);
    expect(canOrganiseDrives('street', true)).toBe(false);
  });
});

describe('canManage / canSeeDrive', () => {
  it("lets the organiser and the community's committee manage, not another resident nor another community", () => {
    expect(canManage(resident('g-2', 'u-captain'), drive)).toBe(true);
    expect(canManage(committee, drive)).toBe(true);
    expect(canManage(resident('g-2'), drive)).toBe(false);
    expect(canManage({ ...committee, communityId: 'c2' }, drive)).toBe(false);
  });

  it('shows a grid-2 drive to grid 2 and to its managers only', () => {
    expect(canSeeDrive(resident('g-2'), drive)).toBe(true);
    expect(canSeeDrive(resident('g-1'), drive)).toBe(false);
    expect(canSeeDrive(committee, drive)).toBe(true);
  });
});

describe('signUpOutcome', () => {
  it('takes a grid-2 resident before the deadline', () => {
    expect(signUpOutcome(resident('g-2'), drive, undefined, drive.signUpBy - 1)).toEqual({ kind: 'ok' });
  });

  it('refuses at the deadline, outside the audience, and without a task when the drive has tasks', () => {
    expect(signUpOutcome(resident('g-2'), drive, undefined, drive.signUpBy).kind).toBe('deadline_passed');
    expect(signUpOutcome(resident('g-1'), drive, undefined, drive.signUpBy - 1).kind).toBe('not_in_audience');
    const withTasks = { ...drive, tasks: [{ key: 't1', name: '清扫', capacity: 6 }] };
    expect(signUpOutcome(resident('g-2'), withTasks, undefined, 0).kind).toBe('task_required');
    expect(signUpOutcome(resident('g-2'), withTasks, 't9', 0).kind).toBe('unknown_task');
    expect(signUpOutcome(resident('g-2'), withTasks, 't1', 0).kind).toBe('ok');
  });
});

describe('cancelOutcome', () => {
  it('allows cancelling until the sign-up deadline', () => {
    expect(cancelOutcome(drive, drive.signUpBy - 1).kind).toBe('ok');
    expect(cancelOutcome(drive, drive.signUpBy).kind).toBe('cancel_closed');
  });
});

describe('checkInTimeOutcome', () => {
  it('opens half an hour before the start and closes at the end', () => {
    expect(checkInTimeOutcome(drive, start - 31 * 60_000)).toEqual({ kind: 'not_open_yet', opensAt: start - 30 * 60_000 });
    expect(checkInTimeOutcome(drive, start - 30 * 60_000).kind).toBe('ok');
    expect(checkInTimeOutcome(drive, drive.endsAt - 1).kind).toBe('ok');
    expect(checkInTimeOutcome(drive, drive.endsAt).kind).toBe('ended');
  });
});

describe('geofenceOutcome', () => {
  it('needs a location within the radius when the drive sets one', () => {
    expect(geofenceOutcome(drive.place, undefined)).toEqual({ kind: 'location_needed' });
    expect(geofenceOutcome(drive.place, { lat: 30.6601, lng: 104.0816 }).kind).toBe('ok');
    const far = geofenceOutcome(drive.place, { lat: 30.67, lng: 104.0815 });
    expect(far).toMatchObject({ kind: 'outside', radius: 200 });
    expect(far.kind === 'outside' && far.distance).toBeGreaterThan(1000);
  });

  it('asks nothing of a drive without a geofence', () => {
    expect(geofenceOutcome({ ...drive.place, radiusMeters: null }, undefined).kind).toBe('ok');
  });
});

describe('seriesStarts', () => {
  it('creates one date per week for a weekly series', () => {
    expect(seriesStarts(start, { everyDays: 7, times: 3 })).toEqual([start, start + 7 * 24 * HOUR, start + 14 * 24 * HOUR]);
    expect(seriesStarts(start, undefined)).toEqual([start]);
  });
});

describe('SIGNUP_MACHINE', () => {
  it('promotes the waitlisted, checks in only a placed sign-up, and checks out only a checked-in one', () => {
    expect(SIGNUP_MACHINE.move('waitlisted', 'promote')).toEqual({ kind: 'ok', to: 'signed_up' });
    expect(SIGNUP_MACHINE.move('waitlisted', 'checkIn').kind).toBe('invalid_transition');
    expect(SIGNUP_MACHINE.move('signed_up', 'checkIn')).toEqual({ kind: 'ok', to: 'checked_in' });
    expect(SIGNUP_MACHINE.move('signed_up', 'checkOut').kind).toBe('invalid_transition');
    expect(SIGNUP_MACHINE.move('checked_in', 'checkOut')).toEqual({ kind: 'ok', to: 'checked_out' });
  });

  it('lets a placed or waitlisted person cancel, and nobody cancel after checking in', () => {
    expect(SIGNUP_MACHINE.movesFrom('signed_up')).toEqual(expect.arrayContaining(['cancel', 'checkIn', 'markNoShow']));
    expect(SIGNUP_MACHINE.move('checked_in', 'cancel').kind).toBe('invalid_transition');
    expect(SIGNUP_MACHINE.movesFrom('cancelled')).toEqual(['rejoin', 'rejoinWaitlist']);
    expect(SIGNUP_MACHINE.movesFrom('no_show')).toEqual([]);
  });
});
