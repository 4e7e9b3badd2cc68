/**
 * @jest-environment jsdom
 */
// Renders the COMPILED 随手拍 tab (main package) and the new-report page (features/reports subpackage) from
// dist/weapp in miniprogram-simulate, talking to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { SessionView } from '../../src/domain/membership/types';
import type { CommunityMap, QueueItem } from '../../src/domain/reports/types';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp } from './simulator';

const REPORT_TAB = 'pages/report/index';
const NEW_REPORT = 'features/reports/pages/new/index';

const worker: SessionView = {
  user: { id: 'u_zhou', nickname: '网格员周强', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'grid_worker', householdId: null, householdLabel: null },
  pendingRequest: null,
  can: abilitiesOf('grid_worker'),
};

const queued = (id: string, overdue: boolean): QueueItem => ({
  id,
  caseNo: null,
  category: 'clutter',
  description: '楼道堆放杂物',
  address: '5栋2单元',
  status: 'submitted',
  level: 'grid',
  gridId: 'g-2',
  gridName: '第二网格',
  supportCount: 0,
  rejections: 0,
  flagged: false,
  hidden: false,
  overdue,
  dueAt: 0,
  createdAt: 0,
  thumbUrl: null,
});

const MAP: CommunityMap = {
  communityId: 'c-xingfuli',
  name: '幸福里社区',
  center: { lat: 30.66, lng: 104.08 },
  grids: [{ id: 'g-2', name: '第二网格', polygon: [[104.08, 30.6585], [104.083, 30.6585], [104.083, 30.6615], [104.08, 30.6615]] }],
  buildings: [],
};

const ANSWERS: Record<string, unknown> = {
  'session.me': worker,
  'reports.queue': [queued('r-1', true), queued('r-2', false)],
  'reports.mine': { items: [], nextBefore: null },
  'reports.map': MAP,
};

describeCompiled('compiled mini-program: 随手拍', [REPORT_TAB, NEW_REPORT], () => {
  let app: BootedApp;
  beforeAll(() => {
    app = bootCompiledApp({ route: REPORT_TAB, answers: ANSWERS, location: { latitude: 30.66, longitude: 104.0815 } });
  });

  it('shows a grid worker 我要上报, the queue with its overdue count, and opens the new-report page', async () => {
    const page = renderPage(REPORT_TAB);
    await waitForText(page, '我要上报');
    await waitForText(page, '1件已超时');
    expect(page.dom.textContent).toContain('2件待办');
    expect(page.dom.textContent).toContain('社区问题');
    expect(app.cloudCalls.map((call) => `${call.name}:${call.action}`)).toEqual(
      expect.arrayContaining(['linli:session.me', 'linli:reports.queue', 'linli:reports.mine']),
    );

    tapText(page, '我要上报');
    await waitFor(() => app.navigations.length > 0, 'a navigation');
    expect(app.navigations).toEqual(['/features/reports/pages/new/index']);
  });

  it('renders the subpackage’s new-report page; GPS places the spot in 第二网格', async () => {
    const page = renderPage(NEW_REPORT);
    await waitForText(page, '现场照片');
    expect(page.dom.textContent).toContain('在地图上选点');
    expect(page.dom.textContent).toContain('乱堆乱放');

    tapText(page, '使用当前位置');
    await waitForText(page, '所在网格：第二网格');
  });
});
