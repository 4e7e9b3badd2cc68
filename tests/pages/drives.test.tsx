import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import { abilitiesOf } from '@/domain/abilities';
import AttendancePage from '@/features/drives/pages/attendance/index';
import CheckInCodePage from '@/features/drives/pages/checkin-code/index';
import DriveDetailPage from '@/features/drives/pages/detail/index';
import DrivesPage from '@/features/drives/pages/list/index';
import VolunteerProfilePage from '@/features/drives/pages/profile/index';
import PublishDrivePage from '@/features/drives/pages/publish/index';
import { attendance, card, detail, profile, SATURDAY_9 } from './drives-fixtures';
import { fakeServer, freshDevice, ok, press, resident, typeInto } from './support';

const withId = (id: string) => jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id } } as unknown as ReturnType<typeof taro.useRouter>);
const committee = () => resident({ membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'committee', householdId: null, householdLabel: null }, can: abilitiesOf('committee') });
const refuse = (reason: string, code = 'CONFLICT') => ({ ok: false as const, error: { code: code as 'CONFLICT', message: reason, reason } });

describe('drives list', () => {
  it('shows publishing only to those the server lets organise, and filters by kind and places left', async () => {
    const fake = fakeServer({ 'session.me': () => ok(resident()), 'drives.list': () => ok({ items: [card('a', { placesLeft: 0 })], nextBefore: null }) });
    freshDevice();
    render(<DrivesPage />);
    expect(await screen.findByText('名额已满，可报名候补')).toBeTruthy();
    expect(screen.queryByText('发布活动')).toBeNull();
    press('敬老探访');
    press(screen.getByRole('switch', { name: '只看还有名额的' }));
    await waitFor(() => expect(fake.calls('drives.list').at(-1)).toEqual({ when: 'upcoming', kind: 'elders', hasPlaces: true }));
  });

  it('offers 发布活动 to a captain', async () => {
    fakeServer({ 'session.me': () => ok(resident({ can: abilitiesOf('resident', { captain: true }) })), 'drives.list': () => ok({ items: [], nextBefore: null }) });
    freshDevice();
    render(<DrivesPage />);
    expect(await screen.findByText('发布活动')).toBeTruthy();
    expect(screen.getByText('暂时没有即将开始的活动')).toBeTruthy();
  });
});

describe('drive page', () => {
  it('signs up for a full drive onto the waitlist and shows the position the server gives', async () => {
    withId('d-1');
    let signedUp = false;
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'drives.detail': () =>
        ok(
          signedUp
            ? detail({ placesLeft: 0, mySignup: { id: 'd-1:u_1', status: 'waitlisted', taskKey: 'all', waitlistPosition: 2, checkedInAt: null, checkedOutAt: null, confirmedMinutes: null }, can: { signUp: false, cancel: true, checkIn: false, checkOut: false, manage: false } })
            : detail({ placesLeft: 0 }),
        ),
      'drives.signUp': () => {
        signedUp = true;
        return ok({ id: 'd-1:u_1', status: 'waitlisted', taskKey: 'all', waitlistPosition: 2, checkedInAt: null, checkedOutAt: null, confirmedMinutes: null });
      },
    });
    freshDevice();
    render(<DriveDetailPage />);
    press(await screen.findByText('名额已满，报名候补'));
    expect(await screen.findByText('候补第2位，有人取消时按顺序自动递补')).toBeTruthy();
    expect(fake.calls('drives.signUp')).toEqual([{ driveId: 'd-1' }]);
    expect(screen.getByText('取消报名')).toBeTruthy();
  });

  it('asks for a task when the drive has tasks', async () => {
    withId('d-1');
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'drives.detail': () => ok(detail({ tasks: [{ key: 't1', name: '清扫', capacity: 6, taken: 2, waitlisted: 0 }, { key: 't2', name: '劝导', capacity: 2, taken: 2, waitlisted: 1 }] })),
      'drives.signUp': () => ok({ id: 'x', status: 'signed_up', taskKey: 't1', waitlistPosition: null, checkedInAt: null, checkedOutAt: null, confirmedMinutes: null }),
    });
    freshDevice();
    render(<DriveDetailPage />);
    press(await screen.findByText('我要报名'));
    press(await screen.findByText('清扫（2/6人）'));
    press('确定');
    await waitFor(() => expect(fake.calls('drives.signUp')).toEqual([{ driveId: 'd-1', taskKey: 't1' }]));
  });

  it('checks in with the typed code, and shows why a stale code is refused', async () => {
    withId('d-1');
    const signedUp = { id: 'd-1:u_1', status: 'signed_up' as const, taskKey: 'all', waitlistPosition: null, checkedInAt: null, checkedOutAt: null, confirmedMinutes: null };
    let attempts = 0;
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'drives.detail': () => ok(detail({ phase: 'ongoing', mySignup: attempts > 1 ? { ...signedUp, status: 'checked_in', checkedInAt: SATURDAY_9 } : signedUp, can: { signUp: false, cancel: false, checkIn: attempts < 2, checkOut: false, manage: false } })),
      'drives.checkIn': () => {
        attempts += 1;
        return attempts === 1 ? refuse('drive.tokenExpired') : ok({ ...signedUp, status: 'checked_in', checkedInAt: SATURDAY_9 });
      },
    });
    freshDevice();
    render(<DriveDetailPage />);
    await typeInto('6位签到码', '123456');
    press('签到');
    expect(await screen.findByText(/签到码已过期：签到码每30秒更换一次/)).toBeTruthy();
    await typeInto('6位签到码', '654321');
    press('签到');
    expect(await screen.findByText('已签到')).toBeTruthy();
    expect(fake.calls('drives.checkIn')).toEqual([
      { by: 'code', driveId: 'd-1', code: '123456' },
      { by: 'code', driveId: 'd-1', code: '654321' },
    ]);
  });

  it('shows the cases the drive takes on and the organiser entries only when the server says so', async () => {
    withId('d-1');
    fakeServer({
      'session.me': () => ok(committee()),
      'drives.detail': () => ok(detail({ cases: [{ id: 'r-1', category: 'dirty_spot', address: '5栋后院', description: '落叶堆积', status: 'accepted' }], can: { signUp: false, cancel: false, checkIn: false, checkOut: false, manage: true } })),
    });
    freshDevice();
    render(<DriveDetailPage />);
    expect(await screen.findByText('卫生死角 · 5栋后院')).toBeTruthy();
    press('出示签到码');
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/features/drives/pages/checkin-code/index?id=d-1' });
  });
});

describe('check-in code page', () => {
  it('shows the QR and its six digits, and fetches the next code when the window ends', async () => {
    withId('d-1');
    const now = Date.now();
    let round = 0;
    const fake = fakeServer({
      'session.me': () => ok(committee()),
      'drives.checkInCode': () => {
        round += 1;
        return ok({ token: `d-1.${round}.sig`, code: round === 1 ? '111111' : '222222', refreshAt: now + 500, now, radiusMeters: 150 });
      },
    });
    freshDevice();
    render(<CheckInCodePage />);
    expect(await screen.findByText('111111')).toBeTruthy();
    expect(screen.getByText('签到需在活动地点150米内')).toBeTruthy();
    expect(document.querySelector('.checkin-code__qr')?.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    expect(await screen.findByText('222222', undefined, { timeout: 4_000 })).toBeTruthy();
    expect(fake.calls('drives.checkInCode').length).toBeGreaterThanOrEqual(2);
  });
});

describe('attendance', () => {
  it('confirms hours in one batch with a correction and its reason, refusing one past the window', async () => {
    withId('d-1');
    const fake = fakeServer({ 'session.me': () => ok(committee()), 'drives.attendance': () => ok(attendance()), 'drives.confirmHours': () => ok({ confirmed: 1 }) });
    freshDevice();
    render(<AttendancePage />);
    expect(await screen.findByText('按签到签退计 1.5 小时（待确认）')).toBeTruthy();
    press('更正时长');
    await typeInto('分钟数', '200');
    await typeInto('更正原因', '签退时忘记扫码');
    press('确定');
    expect(await screen.findByText('时长不能超过活动时间（150分钟）')).toBeTruthy();
    await typeInto('分钟数', '120');
    press('确定');
    expect(await screen.findByText('更正为 2 小时（待确认）')).toBeTruthy();
    press('确认全部时长');
    await waitFor(() => expect(fake.calls('drives.confirmHours')).toEqual([{ driveId: 'd-1', corrections: [{ signupId: 'd-1:u-wang', minutes: 120, reason: '签退时忘记扫码' }] }]));
  });
});

describe('publish form', () => {
  it('checks the form with the shared schema before sending, then sends the drive in China time', async () => {
    const fake = fakeServer({
      'session.me': () => ok(committee()),
      'reports.map': () => ok({ communityId: 'c-xingfuli', name: '幸福里社区', center: { lat: 30.66, lng: 104.08 }, grids: [{ id: 'g-2', name: '第二网格', polygon: [] }] }),
      'drives.openCases': () => ok([]),
      'drives.publish': () => ok({ ids: ['d-new'] }),
    });
    freshDevice();
    render(<PublishDrivePage />);
    press(await screen.findByText('发布'));
    expect(await screen.findByText('请填写活动名称')).toBeTruthy();
    expect(fake.calls('drives.publish')).toEqual([]);

    await typeInto('活动名称', '5栋后院卫生死角大清除');
    await typeInto('集合地点', '5栋后院自行车棚');
    press('第二网格');
    press('发布');
    await waitFor(() => expect(fake.calls('drives.publish')).toHaveLength(1));
    const sent = fake.calls('drives.publish')[0] as { startsAt: number; endsAt: number; signUpBy: number; audience: unknown; capacity: number; place: { lat: number } };
    expect(new Date(sent.startsAt + 8 * 3_600_000).getUTCHours()).toBe(9);
    expect(new Date(sent.startsAt + 8 * 3_600_000).getUTCDay()).toBe(6);
    expect(sent.endsAt - sent.startsAt).toBe(2.5 * 3_600_000);
    expect(new Date(sent.signUpBy + 8 * 3_600_000).getUTCHours()).toBe(20);
    expect(sent).toMatchObject({ audience: { level: 'grid', ids: ['g-2'] }, capacity: 10, place: { lat: 30.66 } });
  });
});

describe('volunteer record', () => {
  it('counts confirmed hours only and says how many still wait for the organiser', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'drives.profile': () => ok(profile()) });
    freshDevice();
    render(<VolunteerProfilePage />);
    expect(await screen.findByText('2.5')).toBeTruthy();
    expect(screen.getByText('1次活动的时长待组织者确认，确认后计入')).toBeTruthy();
    expect(screen.getByText(/垃圾分类督导 · .* · 已签退/)).toBeTruthy();
    expect(screen.getByText(/卫生死角大清除 · .* · 2.5小时/)).toBeTruthy();
  });
});
