// 志愿活动 through the dispatcher on real SQLite: publishing and who may, the list, sign-ups with a hard capacity
// and a waitlist, rotating-code check-in and its refusals, 代签, hours that never exceed the window and count only
// once confirmed, the sign-in sheet, and the volunteer's profile and certificate.
import type { ActionInput } from '../../src/domain/actions';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { idOf } from './reports-world';
import { BACKYARD, HOUR, MINUTE, SATURDAY_9, currentCode, driveInput, errorOf, publish, storedDrive, storedSignup } from './drives-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const FRIDAY_9 = SATURDAY_9 - 24 * HOUR;
const onSaturday = (offsetMs: number) => world.clock.set(SATURDAY_9 + offsetMs);

describe('drives.publish', () => {
  it('lets the committee publish a drive with its places, and refuses a resident who is no captain', async () => {
    const id = await publish(world, 'committee-chen');
    expect(await storedDrive(world, id)).toMatchObject({ capacity: 8, placesLeft: 8, organiser: 'committee', communityId: 'c-xingfuli', closedAt: null });
    expect(errorOf(await world.demo('resident-wang')('drives.publish', driveInput()))).toMatchObject({ code: 'FORBIDDEN', reason: 'drive.organiseOnly' });
  });

  it('lets a resident the committee named 志愿队长 publish for their team, and not once revoked', async () => {
    dataOf(await world.demo('committee-chen')('drives.grantCaptain', { userId: idOf('resident-li'), team: '第二网格志愿队' }));
    expect(dataOf(await world.demo('resident-li')('session.me')).can.organiseDrives).toBe(true);
    expect(dataOf(await world.demo('resident-wang')('session.me')).can.organiseDrives).toBe(false);
    const id = await publish(world, 'resident-li');
    expect(await storedDrive(world, id)).toMatchObject({ organiser: 'captain', team: '第二网格志愿队', organiserId: idOf('resident-li') });
    expect(dataOf(await world.demo('resident-li')('drives.attendance', { driveId: id })).rows).toEqual([]);

    dataOf(await world.demo('committee-chen')('drives.revokeCaptain', { userId: idOf('resident-li') }));
    expect(errorOf(await world.demo('resident-li')('drives.publish', driveInput()))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.demo('committee-chen')('drives.grantCaptain', { userId: idOf('heping-resident'), team: 'x队' }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.captainNotResident' });
  });

  it('creates one drive per date for a weekly series, each with its own places', async () => {
    const { ids } = dataOf(await world.demo('committee-chen')('drives.publish', driveInput({ repeat: { everyDays: 7, times: 4 } })));
    expect(ids).toHaveLength(4);
    const drives = await Promise.all(ids.map((id) => storedDrive(world, id)));
    expect(drives.map((drive) => drive.startsAt - SATURDAY_9)).toEqual([0, 7, 14, 21].map((days) => days * 24 * HOUR));
    expect(drives.map((drive) => drive.signUpBy - drive.startsAt)).toEqual([-13 * HOUR, -13 * HOUR, -13 * HOUR, -13 * HOUR]);
    expect(new Set(drives.map((drive) => drive.seriesId))).toEqual(new Set([ids[0]]));
  });

  it('answers bad input field by field', async () => {
    const chen = world.demo('committee-chen');
    expect(errorOf(await chen('drives.publish', driveInput({ endsAt: SATURDAY_9 - HOUR })))).toMatchObject({ code: 'INVALID_INPUT', fields: { endsAt: 'drive.endAfterStart' } });
    expect(errorOf(await chen('drives.publish', driveInput({ capacity: undefined })))).toMatchObject({ fields: { capacity: 'drive.capacity' } });
    expect(errorOf(await chen('drives.publish', driveInput({ endsAt: SATURDAY_9 + 13 * HOUR })))).toMatchObject({ fields: { endsAt: 'drive.tooLong?hours=12' } });
    expect(errorOf(await chen('drives.publish', driveInput({ audience: { level: 'grid', ids: ['g-h1'] } })))).toMatchObject({ code: 'INVALID_INPUT', fields: { audience: 'scope.unknownPlace' } });
    world.clock.set(SATURDAY_9 + HOUR);
    expect(errorOf(await chen('drives.publish', driveInput()))).toMatchObject({ fields: { startsAt: 'drive.startInFuture' } });
  });

  it("keeps a drive from another community and from another grid's residents: NOT_FOUND", async () => {
    const id = await publish(world, 'committee-chen', { audience: { level: 'grid', ids: ['g-2'] } });
    expect(errorOf(await world.demo('heping-committee')('drives.detail', { driveId: id }))).toMatchObject({ code: 'NOT_FOUND', reason: 'drive.notFound' });
    expect(errorOf(await world.demo('heping-resident')('drives.signUp', { driveId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('resident-zhao')('drives.detail', { driveId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await world.demo('resident-wang')('drives.detail', { driveId: id })).can.signUp).toBe(true);
    expect(dataOf(await world.demo('heping-resident')('drives.list')).items).toEqual([]);
    expect(dataOf(await world.demo('resident-zhao')('drives.list')).items.map((item) => item.id)).not.toContain(id);
    expect(dataOf(await world.demo('resident-wang')('drives.list')).items.map((item) => item.id)).toContain(id);
    expect(errorOf(await world.demo('heping-committee')('drives.checkInCode', { driveId: id }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('drives.list', () => {
  it('shows upcoming drives soonest first, filters by kind and by places left, and keeps ended ones under past', async () => {
    const ids = async (key: string, input: ActionInput<'drives.list'> = {}) =>
      dataOf(await world.demo(key)('drives.list', input)).items.map((item) => item.id).filter((id) => id === soon || id === later);
    const later = await publish(world, 'committee-chen', { title: '垃圾分类督导', kind: 'sorting', startsAt: SATURDAY_9 + 7 * 24 * HOUR, endsAt: SATURDAY_9 + 7 * 24 * HOUR + HOUR, capacity: 1 });
    const soon = await publish(world, 'committee-chen');
    expect(await ids('resident-wang')).toEqual([soon, later]);
    expect(await ids('resident-wang', { kind: 'sorting' })).toEqual([later]);
    const upcoming = dataOf(await world.demo('resident-wang')('drives.list')).items.map((item) => item.startsAt);
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    dataOf(await world.demo('resident-li')('drives.signUp', { driveId: later }));
    expect(await ids('resident-wang', { hasPlaces: true })).toEqual([soon]);
    expect(await ids('committee-chen', { hasPlaces: true })).toEqual([soon]);
    world.clock.set(SATURDAY_9 + 3 * HOUR);
    expect(await ids('resident-wang')).toEqual([later]);
    const past = dataOf(await world.demo('resident-wang')('drives.list', { when: 'past' })).items;
    expect(past[0]).toMatchObject({ id: soon, phase: 'ended' });
    expect(past.map((item) => item.startsAt)).toEqual([...past.map((item) => item.startsAt)].sort((a, b) => b - a));
  });

  it('pages by start time without skipping or repeating a drive', async () => {
    const { ids } = dataOf(await world.demo('committee-chen')('drives.publish', driveInput({ repeat: { everyDays: 1, times: 12 } })));
    dataOf(await world.demo('committee-chen')('drives.publish', driveInput({ repeat: { everyDays: 1, times: 12 } })));
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = dataOf(await world.demo('resident-wang')('drives.list', before ? { before } : {}));
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    // 24 drives of the test and the two upcoming demo drives 李师傅's grid 2 sees.
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
    expect(seen.slice(0, 2)).toContain(ids[0]);
  });
});

describe('sign-ups', () => {
  it('places people up to the capacity, waitlists the next, and a cancel promotes them and tells them', async () => {
    const id = await publish(world, 'committee-chen', { capacity: 2 });
    expect(dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }))).toMatchObject({ status: 'signed_up', waitlistPosition: null });
    expect(dataOf(await world.demo('resident-li')('drives.signUp', { driveId: id })).status).toBe('signed_up');
    expect(dataOf(await world.demo('resident-zhao')('drives.signUp', { driveId: id }))).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(errorOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.alreadySignedUp' });
    expect((await storedDrive(world, id)).placesLeft).toBe(0);

    expect(dataOf(await world.demo('resident-li')('drives.cancel', { driveId: id })).status).toBe('cancelled');
    expect((await storedSignup(world, id, 'resident-zhao'))?.status).toBe('signed_up');
    expect((await storedDrive(world, id)).placesLeft).toBe(0);
    const inbox = dataOf(await world.demo('resident-zhao')('inbox.list'));
    expect(inbox.items.filter((item) => item.kind === 'drive.promoted')).toHaveLength(1);
    expect(dataOf(await world.demo('resident-zhao')('drives.detail', { driveId: id })).mySignup).toMatchObject({ status: 'signed_up', waitlistPosition: null });

    // Signing up again after cancelling takes the next arrival number: the back of the queue.
    expect(dataOf(await world.demo('resident-li')('drives.signUp', { driveId: id }))).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('gives a freed place back when nobody waits', async () => {
    const id = await publish(world, 'committee-chen', { capacity: 2 });
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }));
    dataOf(await world.demo('resident-wang')('drives.cancel', { driveId: id }));
    expect(await storedDrive(world, id)).toMatchObject({ placesLeft: 2 });
    expect((await world.sqlite.get<{ id: string; taken: number }>('driveSlots', `${id}:all`))?.taken).toBe(0);
  });

  it('fills each task on its own and needs a task when the drive has them', async () => {
    const id = await publish(world, 'committee-chen', { capacity: undefined, tasks: [{ name: '清扫', capacity: 1 }, { name: '劝导', capacity: 1 }] });
    expect((await storedDrive(world, id)).capacity).toBe(2);
    expect(errorOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }))).toMatchObject({ code: 'INVALID_INPUT', fields: { taskKey: 'drive.taskRequired' } });
    expect(dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: id, taskKey: 't1' })).status).toBe('signed_up');
    expect(dataOf(await world.demo('resident-li')('drives.signUp', { driveId: id, taskKey: 't1' })).status).toBe('waitlisted');
    expect(dataOf(await world.demo('resident-zhao')('drives.signUp', { driveId: id, taskKey: 't2' })).status).toBe('signed_up');
    const detail = dataOf(await world.demo('resident-li')('drives.detail', { driveId: id }));
    expect(detail.tasks.map(({ name, taken, waitlisted }) => ({ name, taken, waitlisted }))).toEqual([
      { name: '清扫', taken: 1, waitlisted: 1 },
      { name: '劝导', taken: 1, waitlisted: 0 },
    ]);
  });

  it('closes sign-ups and cancellations at the deadline', async () => {
    const id = await publish(world, 'committee-chen');
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }));
    world.clock.set(SATURDAY_9 - 13 * HOUR);
    expect(errorOf(await world.demo('resident-li')('drives.signUp', { driveId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.deadlinePassed' });
    expect(errorOf(await world.demo('resident-wang')('drives.cancel', { driveId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.cancelClosed' });
  });
});

describe('check-in with the rotating code', () => {
  let id: string;
  beforeEach(async () => {
    id = await publish(world, 'committee-chen');
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }));
    dataOf(await world.demo('resident-li')('drives.signUp', { driveId: id }));
    onSaturday(5 * MINUTE);
  });

  it('checks in with the scanned token or the typed code, and checking in twice answers the same check-in', async () => {
    const { token, code } = await currentCode(world, 'committee-chen', id);
    expect(code).toMatch(/^\d{6}$/);
    const first = dataOf(await world.demo('resident-wang')('drives.checkIn', { by: 'scan', driveId: id, token }));
    expect(first).toMatchObject({ status: 'checked_in', checkedInAt: world.clock.now() });
    world.clock.advance(10_000);
    expect(dataOf(await world.demo('resident-wang')('drives.checkIn', { by: 'scan', driveId: id, token }))).toEqual(first);
    expect(dataOf(await world.demo('resident-li')('drives.checkIn', { by: 'code', driveId: id, code })).status).toBe('checked_in');
  });

  it('takes the code of the window just past (clock skew) and refuses an older one, saying it changes every 30 s', async () => {
    const { token, code } = await currentCode(world, 'committee-chen', id);
    world.clock.advance(30_000);
    expect(dataOf(await world.demo('resident-wang')('drives.checkIn', { by: 'code', driveId: id, code })).status).toBe('checked_in');
    world.clock.advance(30_000);
    const expired = errorOf(await world.demo('resident-li')('drives.checkIn', { by: 'scan', driveId: id, token }));
    expect(expired).toMatchObject({ code: 'CONFLICT', reason: 'drive.tokenExpired' });
    expect(errorOf(await world.demo('resident-li')('drives.checkIn', { by: 'code', driveId: id, code }))).toMatchObject({ reason: 'drive.tokenExpired' });
    expect(await storedSignup(world, id, 'resident-li')).toMatchObject({ status: 'signed_up' });
  });

  it("refuses another drive's code, a made-up token and a wrong code, each with its reason", async () => {
    world.clock.set(FRIDAY_9);
    const other = await publish(world, 'committee-chen', { title: '垃圾分类督导', kind: 'sorting' });
    onSaturday(5 * MINUTE);
    const { token, code } = await currentCode(world, 'committee-chen', other);
    const li = world.demo('resident-li');
    expect(errorOf(await li('drives.checkIn', { by: 'scan', driveId: id, token }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.tokenOtherDrive' });
    const forged = `${id}.${token.split('.')[1]}.AAAAAAAAAAAAAAAAAAAAAA`;
    expect(errorOf(await li('drives.checkIn', { by: 'scan', driveId: id, token: forged }))).toMatchObject({ reason: 'drive.tokenForged' });
    const own = (await currentCode(world, 'committee-chen', id)).code;
    const wrong = code === own ? String((Number(own) + 1) % 1_000_000).padStart(6, '0') : code;
    expect(errorOf(await li('drives.checkIn', { by: 'code', driveId: id, code: wrong }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.codeWrong' });
    expect(errorOf(await li('drives.checkIn', { by: 'code', driveId: id, code: '12ab' }))).toMatchObject({ fields: { code: 'drive.codeFormat' } });
  });

  it('refuses to check out with the very code used to check in, and takes the next one', async () => {
    const first = await currentCode(world, 'committee-chen', id);
    dataOf(await world.demo('resident-wang')('drives.checkIn', { by: 'code', driveId: id, code: first.code }));
    expect(errorOf(await world.demo('resident-wang')('drives.checkOut', { by: 'code', driveId: id, code: first.code }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.tokenUsed' });
    world.clock.advance(2 * HOUR);
    const next = await currentCode(world, 'committee-chen', id);
    const out = dataOf(await world.demo('resident-wang')('drives.checkOut', { by: 'scan', driveId: id, token: next.token }));
    expect(out).toMatchObject({ status: 'checked_out', checkedOutAt: world.clock.now(), confirmedMinutes: null });
    expect(dataOf(await world.demo('resident-wang')('drives.checkOut', { by: 'scan', driveId: id, token: next.token }))).toEqual(out);
  });

  it('needs a location within the geofence when the drive has one', async () => {
    world.clock.set(FRIDAY_9);
    const fenced = await publish(world, 'committee-chen', { place: { ...BACKYARD, address: '5栋后院', radiusMeters: 100 } });
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: fenced }));
    onSaturday(5 * MINUTE);
    const { code } = await currentCode(world, 'committee-chen', fenced);
    const wang = world.demo('resident-wang');
    expect(errorOf(await wang('drives.checkIn', { by: 'code', driveId: fenced, code }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.locationNeeded' });
    const far = errorOf(await wang('drives.checkIn', { by: 'code', driveId: fenced, code, location: { lat: 30.6640, lng: 104.0818 } }));
    expect(far).toMatchObject({ code: 'FORBIDDEN', reason: 'drive.outsideGeofence', params: { radius: 100 } });
    expect(dataOf(await wang('drives.checkIn', { by: 'code', driveId: fenced, code, location: { lat: 30.6597, lng: 104.0819 } })).status).toBe('checked_in');
  });

  it('opens check-in half an hour before the start and not earlier', async () => {
    world.clock.set(SATURDAY_9 - 31 * MINUTE);
    const { code } = await currentCode(world, 'committee-chen', id);
    expect(errorOf(await world.demo('resident-wang')('drives.checkIn', { by: 'code', driveId: id, code }))).toMatchObject({ reason: 'drive.notOpenYet', params: { time: '08:30' } });
    onSaturday(3 * HOUR);
    expect(errorOf(await world.demo('resident-wang')('drives.checkIn', { by: 'code', driveId: id, code: (await currentCode(world, 'committee-chen', id)).code }))).toMatchObject({ reason: 'drive.ended' });
  });

  it('refuses the waitlisted and those who never signed up', async () => {
    world.clock.set(FRIDAY_9);
    const small = await publish(world, 'committee-chen', { capacity: 1 });
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: small }));
    dataOf(await world.demo('resident-li')('drives.signUp', { driveId: small }));
    onSaturday(0);
    const { code } = await currentCode(world, 'committee-chen', small);
    expect(errorOf(await world.demo('resident-li')('drives.checkIn', { by: 'code', driveId: small, code }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.waitlistedNoCheckIn' });
    expect(errorOf(await world.demo('resident-zhao')('drives.checkIn', { by: 'code', driveId: small, code }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.notSignedUp' });
  });

  it('shows the rotating code to the organiser only', async () => {
    expect(errorOf(await world.demo('resident-wang')('drives.checkInCode', { driveId: id }))).toMatchObject({ code: 'FORBIDDEN', reason: 'drive.manageOnly' });
    const code = await currentCode(world, 'committee-chen', id);
    expect(code.refreshAt).toBe((Math.floor(world.clock.now() / 30_000) + 1) * 30_000);
    world.clock.advance(30_000);
    expect((await currentCode(world, 'committee-chen', id)).token).not.toBe(code.token);
  });
});

describe('代签 (proxy check-in)', () => {
  it('checks in a signed-up person and a walk-in without an account, recorded as 代签', async () => {
    const id = await publish(world, 'committee-chen');
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId: id }));
    onSaturday(0);
    const chen = world.demo('committee-chen');
    const signupId = `${id}:${idOf('resident-wang')}`;
    dataOf(await chen('drives.proxyCheckIn', { who: 'signup', driveId: id, signupId }));
    const walkIn = dataOf(await chen('drives.proxyCheckIn', { who: 'walkIn', driveId: id, name: '5栋 李奶奶' }));
    expect(dataOf(await chen('drives.proxyCheckIn', { who: 'walkIn', driveId: id, name: '5栋 李奶奶' }))).toEqual(walkIn);
    expect(await storedSignup(world, id, 'resident-wang')).toMatchObject({ status: 'checked_in', checkInBy: 'proxy', proxyBy: idOf('committee-chen') });
    const rows = dataOf(await chen('drives.attendance', { driveId: id })).rows;
    expect(rows.map(({ name, walkIn: isWalkIn, checkInBy }) => ({ name, isWalkIn, checkInBy }))).toEqual([
      { name: '5栋 李奶奶', isWalkIn: true, checkInBy: 'proxy' },
      { name: '王阿姨', isWalkIn: false, checkInBy: 'proxy' },
    ]);
    expect((await storedDrive(world, id)).placesLeft).toBe(7);
    expect(errorOf(await world.demo('resident-li')('drives.proxyCheckIn', { who: 'walkIn', driveId: id, name: '某人' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('hours', () => {
  let id: string;
  beforeEach(async () => {
    id = await publish(world, 'committee-chen');
    for (const key of ['resident-wang', 'resident-li', 'resident-zhao']) dataOf(await world.demo(key)('drives.signUp', { driveId: id }));
  });

  const attend = async (key: string) => {
    const { code } = await currentCode(world, 'committee-chen', id);
    return dataOf(await world.demo(key)('drives.checkIn', { by: 'code', driveId: id, code }));
  };

  it('never exceed the window: early arrival and late check-out count from the start to the end', async () => {
    onSaturday(-20 * MINUTE);
    await attend('resident-wang');
    onSaturday(4 * HOUR);
    const rows = dataOf(await world.demo('committee-chen')('drives.attendance', { driveId: id })).rows;
    expect(rows.find((row) => row.name === '王阿姨')).toMatchObject({ status: 'checked_in', computedMinutes: 150 });
    dataOf(await world.demo('committee-chen')('drives.confirmHours', { driveId: id }));
    expect((await storedSignup(world, id, 'resident-wang'))?.hours?.minutes).toBe(150);
  });

  it('never show as earned until confirmed; then the profile counts hours and 人次, with corrections and their reason', async () => {
    onSaturday(0);
    await attend('resident-wang');
    await attend('resident-li');
    onSaturday(90 * MINUTE);
    const { code } = await currentCode(world, 'committee-chen', id);
    dataOf(await world.demo('resident-wang')('drives.checkOut', { by: 'code', driveId: id, code }));

    const before = dataOf(await world.demo('resident-wang')('drives.profile'));
    expect(before).toMatchObject({ confirmedMinutes: 0, personTimes: 0, awaitingConfirmation: 1 });
    expect(before.drives[0]).toMatchObject({ driveId: id, status: 'checked_out', confirmedMinutes: null });
    expect(errorOf(await world.demo('resident-wang')('drives.certificate'))).toMatchObject({ code: 'CONFLICT', reason: 'drive.noHoursYet' });
    expect(errorOf(await world.demo('committee-chen')('drives.confirmHours', { driveId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'drive.notEnded' });

    onSaturday(3 * HOUR);
    const li = `${id}:${idOf('resident-li')}`;
    const over = errorOf(await world.demo('committee-chen')('drives.confirmHours', { driveId: id, corrections: [{ signupId: li, minutes: 151, reason: '多算' }] }));
    expect(over).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.hoursOverWindow', fields: { 'corrections.0.minutes': 'drive.hoursOverWindow?max=150' } });
    const noShow = `${id}:${idOf('resident-zhao')}`;
    expect(errorOf(await world.demo('committee-chen')('drives.confirmHours', { driveId: id, corrections: [{ signupId: noShow, minutes: 60, reason: 'x' }] }))).toMatchObject({ reason: 'drive.notAttended' });
    expect(errorOf(await world.demo('resident-wang')('drives.confirmHours', { driveId: id }))).toMatchObject({ code: 'FORBIDDEN' });

    const confirmed = dataOf(await world.demo('committee-chen')('drives.confirmHours', { driveId: id, corrections: [{ signupId: li, minutes: 120, reason: '提前离开时忘记签退' }] }));
    expect(confirmed).toEqual({ confirmed: 2 });
    expect(await storedSignup(world, id, 'resident-li')).toMatchObject({ status: 'checked_out', checkOutBy: 'auto', hours: { minutes: 120, computedMinutes: 150, reason: '提前离开时忘记签退' } });
    expect(await storedSignup(world, id, 'resident-zhao')).toMatchObject({ status: 'no_show', hours: null });

    const after = dataOf(await world.demo('resident-wang')('drives.profile'));
    expect(after).toMatchObject({ name: '王阿姨', confirmedMinutes: 90, personTimes: 1, awaitingConfirmation: 0 });
    expect(after.drives[0]?.confirmedMinutes).toBe(90);
    // 赵大爷's only confirmed hours are the demo's past drive: this no-show added nothing.
    expect(dataOf(await world.demo('resident-zhao')('drives.profile'))).toMatchObject({ confirmedMinutes: 120, personTimes: 1 });
    const inbox = dataOf(await world.demo('resident-wang')('inbox.list')).items.filter((item) => item.kind === 'drive.hoursConfirmed');
    expect(inbox.map((item) => item.params)).toEqual([{ title: '5栋后院卫生死角大清除', hours: 1.5 }]);

    const certificate = dataOf(await world.demo('resident-wang')('drives.certificate'));
    expect(certificate).toMatchObject({ name: '王阿姨', minutes: 90, personTimes: 1, communityName: '幸福里社区', sealText: '幸福里社区居民委员会', from: SATURDAY_9, to: SATURDAY_9 + 2.5 * HOUR });
    expect(certificate.serial).toMatch(/^ZYFW-2026-[0-9A-F]{8}$/);
  });

  it('exports the 签到表 as CSV with a byte-order mark and as .xlsx', async () => {
    onSaturday(0);
    await attend('resident-wang');
    dataOf(await world.demo('committee-chen')('drives.proxyCheckIn', { who: 'walkIn', driveId: id, name: '5栋 李奶奶' }));
    const csv = dataOf(await world.demo('committee-chen')('drives.sheet', { driveId: id, format: 'csv' }));
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF序号,姓名,分工,状态')).toBe(true);
    expect(text).toContain('王阿姨');
    expect(text).toContain('5栋 李奶奶（代签）');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(csv.filename).toBe('签到表-5栋后院卫生死角大清除-11-21.csv');
    const xlsx = dataOf(await world.demo('committee-chen')('drives.sheet', { driveId: id }));
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.mime).toContain('spreadsheetml');
    expect(errorOf(await world.demo('resident-wang')('drives.sheet', { driveId: id }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
