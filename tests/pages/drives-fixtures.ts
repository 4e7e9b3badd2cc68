// Drives as the server answers them, for page tests.
import type { AttendanceView, DriveCard, DriveDetail, VolunteerProfile } from '@/domain/drives/types';

export const SATURDAY_9 = Date.parse('2026-11-21T09:00:00+08:00');

export const card = (id: string, overrides: Partial<DriveCard> = {}): DriveCard => ({
  id,
  title: `卫生死角大清除 ${id}`,
  kind: 'cleanup',
  startsAt: SATURDAY_9,
  endsAt: SATURDAY_9 + 2.5 * 3_600_000,
  signUpBy: SATURDAY_9 - 13 * 3_600_000,
  phase: 'upcoming',
  address: '5栋后院自行车棚',
  capacity: 8,
  placesLeft: 3,
  coverUrl: null,
  team: null,
  caseCount: 0,
  mine: null,
  ...overrides,
});

export const detail = (overrides: Partial<DriveDetail> = {}): DriveDetail => ({
  ...card('d-1'),
  description: '清理5栋后院的卫生死角',
  bring: '手套、扫帚',
  place: { lat: 30.6596, lng: 104.0818, address: '5栋后院自行车棚', radiusMeters: null },
  tasks: [],
  waitlisted: 0,
  organiserName: '陈书记',
  mySignup: null,
  cases: [],
  can: { signUp: true, cancel: false, checkIn: false, checkOut: false, manage: false },
  ...overrides,
});

export const attendance = (overrides: Partial<AttendanceView> = {}): AttendanceView => ({
  driveId: 'd-1',
  title: '卫生死角大清除',
  startsAt: SATURDAY_9,
  endsAt: SATURDAY_9 + 2.5 * 3_600_000,
  windowMinutes: 150,
  phase: 'ended',
  closed: true,
  hoursConfirmedAt: null,
  rows: [
    { signupId: 'd-1:u-wang', name: '王阿姨', walkIn: false, taskKey: 'all', status: 'checked_out', checkedInAt: SATURDAY_9, checkedOutAt: SATURDAY_9 + 90 * 60_000, checkInBy: 'self', checkOutBy: 'self', computedMinutes: 90, confirmedMinutes: null, reason: null },
    { signupId: 'd-1:u-li', name: '李师傅', walkIn: false, taskKey: 'all', status: 'no_show', checkedInAt: null, checkedOutAt: null, checkInBy: null, checkOutBy: null, computedMinutes: 0, confirmedMinutes: null, reason: null },
  ],
  ...overrides,
});

export const profile = (overrides: Partial<VolunteerProfile> = {}): VolunteerProfile => ({
  name: '王阿姨',
  confirmedMinutes: 150,
  personTimes: 1,
  awaitingConfirmation: 1,
  drives: [
    { driveId: 'd-2', title: '垃圾分类督导', kind: 'sorting', startsAt: SATURDAY_9 + 7 * 24 * 3_600_000, status: 'checked_out', confirmedMinutes: null },
    { driveId: 'd-1', title: '卫生死角大清除', kind: 'cleanup', startsAt: SATURDAY_9, status: 'checked_out', confirmedMinutes: 150 },
  ],
  ...overrides,
});
