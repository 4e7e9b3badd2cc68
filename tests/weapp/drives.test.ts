/**
 * @jest-environment jsdom
 */
// Renders the COMPILED drive page and the organiser's QR page (features/drives subpackage) from dist/weapp in
// miniprogram-simulate, talking to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { CheckInCode, DriveDetail } from '../../src/domain/drives/types';
import type { SessionView } from '../../src/domain/membership/types';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp } from './simulator';

const DETAIL = 'features/drives/pages/detail/index';
const QR = 'features/drives/pages/checkin-code/index';
const SATURDAY_9 = Date.parse('2026-11-28T09:00:00+08:00');

const captain: SessionView = {
  user: { id: 'u_li', nickname: '李师傅', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-4-1-302', householdLabel: '4栋1单元302' },
  pendingRequest: null,
  can: abilitiesOf('resident', { captain: true }),
};

const drive: DriveDetail = {
  id: 'd-demo-cleanup',
  title: '第二网格卫生死角大清除',
  kind: 'cleanup',
  startsAt: SATURDAY_9,
  endsAt: SATURDAY_9 + 2.5 * 3_600_000,
  signUpBy: SATURDAY_9 - 14 * 3_600_000,
  phase: 'upcoming',
  address: '5栋后院自行车棚（集合）',
  capacity: 12,
  placesLeft: 6,
  coverUrl: null,
  team: '第二网格志愿队',
  caseCount: 0,
  mine: 'signed_up',
  description: '清理5栋后院自行车棚周边的卫生死角',
  bring: '手套、扫帚',
  place: { lat: 30.6596, lng: 104.0818, address: '5栋后院自行车棚（集合）', radiusMeters: 150 },
  tasks: [
    { key: 't1', name: '清扫', capacity: 8, taken: 5, waitlisted: 0 },
    { key: 't2', name: '垃圾分类劝导', capacity: 2, taken: 1, waitlisted: 0 },
  ],
  waitlisted: 0,
  organiserName: '李师傅',
  mySignup: { id: 'd-demo-cleanup:u_li', status: 'signed_up', taskKey: 't1', waitlistPosition: null, checkedInAt: null, checkedOutAt: null, confirmedMinutes: null },
  cases: [],
  can: { signUp: false, cancel: true, checkIn: true, checkOut: false, manage: true },
};

const code: CheckInCode = { token: 'd-demo-cleanup.59000000.AAAAAAAAAAAAAAAAAAAAAA', code: '408132', refreshAt: Date.now() + 25_000, now: Date.now(), radiusMeters: 150 };

describeCompiled('compiled mini-program: 志愿活动', [DETAIL, QR], () => {
  let app: BootedApp;
  beforeAll(() => {
    app = bootCompiledApp({ route: 'pages/home/index', answers: { 'session.me': captain, 'drives.detail': drive, 'drives.checkInCode': code } });
  });

  it('renders the drive page with its tasks, the scan button of WeChat and the organiser entries', async () => {
    const page = renderPage(DETAIL, { id: 'd-demo-cleanup' });
    await waitForText(page, '第二网格卫生死角大清除');
    expect(page.dom.textContent).toContain('垃圾分类劝导');
    expect(page.dom.textContent).toContain('已报名 · 清扫');
    expect(page.dom.textContent).toContain('扫码签到');
    expect(page.dom.textContent).toContain('需在活动地点150米内签到');
    expect(app.cloudCalls).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'linli', action: 'drives.detail', input: { driveId: 'd-demo-cleanup' } })]));

    tapText(page, '出示签到码');
    await waitFor(() => app.navigations.length > 0, 'a navigation');
    expect(app.navigations).toEqual(['/features/drives/pages/checkin-code/index?id=d-demo-cleanup']);
  });

  it("renders the organiser's QR page: the code as a picture and its six digits", async () => {
    const page = renderPage(QR, { id: 'd-demo-cleanup' });
    await waitForText(page, '408132');
    expect(page.dom.textContent).toContain('秒后更换新码');
    // The simulator keeps an image's src to itself; the jsdom page test reads the data URL.
    expect(page.dom.querySelector('.main--checkin-code__qr')).not.toBeNull();
    expect(page.dom.textContent).toContain('代签（无手机居民）');
  });
});
