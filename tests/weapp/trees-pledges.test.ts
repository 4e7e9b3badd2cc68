/**
 * @jest-environment jsdom
 */
// Renders the COMPILED tree map and pledge pages (features/trees and features/pledges subpackages) from dist/weapp in
// miniprogram-simulate, talking to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { SessionView } from '../../src/domain/membership/types';
import type { PledgeDetail, PledgeSummary } from '../../src/domain/pledges/types';
import type { CommunityMap } from '../../src/domain/reports/types';
import type { TreesInView } from '../../src/domain/trees/types';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp } from './simulator';

const TREE_MAP = 'features/trees/pages/map/index';
const PLEDGE_LIST = 'features/pledges/pages/list/index';
const PLEDGE = 'features/pledges/pages/pledge/index';

const resident: SessionView = {
  user: { id: 'u_li', nickname: '李师傅', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-4-1-302', householdLabel: '4栋1单元302' },
  pendingRequest: null,
  can: abilitiesOf('resident'),
};

const MAP: CommunityMap = {
  communityId: 'c-xingfuli',
  name: '幸福里社区',
  center: { lat: 30.66, lng: 104.08 },
  grids: [{ id: 'g-2', name: '第二网格', polygon: [[104.08, 30.6585], [104.083, 30.6585], [104.083, 30.6615], [104.08, 30.6615]] }],
  buildings: [],
};

const IN_VIEW: TreesInView = {
  trees: [
    { id: 't-030', code: 'XFL-030', lat: 30.6593, lng: 104.0812, species: 'camphor', status: 'free', heritage: false },
    { id: 't-040', code: 'XFL-040', lat: 30.6608, lng: 104.0806, species: 'banyan', status: 'attention', heritage: false },
  ],
  belts: [],
  truncated: false,
};

const SORTING: PledgeSummary = {
  id: 'pl-1', kind: 'sorting', title: '垃圾分类承诺书', term: '2026 年度', audience: 'residents', target: 500, signedCount: 21,
  coverUrl: null, status: 'open', signedByMe: false, createdAt: 0,
};
const DETAIL: PledgeDetail = { ...SORTING, clauses: ['按四类分好再投放', '定时定点投放'], mine: null, can: { sign: true, signAsShop: false, close: false } };

const ANSWERS: Record<string, unknown> = {
  'session.me': resident,
  'reports.map': MAP,
  'trees.inView': IN_VIEW,
  'pledges.list': [SORTING],
  'pledges.detail': DETAIL,
};

describeCompiled('compiled mini-program: 树木认养 and 文明承诺', [TREE_MAP, PLEDGE_LIST, PLEDGE], () => {
  let app: BootedApp;
  beforeAll(() => {
    app = bootCompiledApp({ route: TREE_MAP, answers: ANSWERS });
  });

  it('renders the tree map on WeChat’s map (not the H5 plan), asks for the trees in view, and opens 我的树', async () => {
    const page = renderPage(TREE_MAP);
    await waitForText(page, '图上2棵树');
    expect(page.dom.textContent).toContain('我的树');
    expect(page.dom.textContent).toContain('可认养');
    // WeChat's own map component, not the H5 plan.
    expect(page.dom.querySelector('wx-map')).toBeTruthy();
    expect(page.dom.textContent).not.toContain('第二网格');
    await waitFor(() => app.cloudCalls.some((call) => call.action === 'trees.inView'), 'the trees in view asked for');
    expect(app.cloudCalls.find((call) => call.action === 'trees.inView')?.input).toMatchObject({ minLat: expect.any(Number), maxLat: expect.any(Number) });
    tapText(page, '我的树');
    await waitFor(() => app.navigations.length > 0, 'a navigation');
    expect(app.navigations).toEqual(['/features/trees/pages/mine/index']);
  });

  it('renders the pledge list and the pledge page with its clauses and 签署承诺', async () => {
    const list = renderPage(PLEDGE_LIST);
    await waitForText(list, '垃圾分类承诺书');
    expect(list.dom.textContent).toContain('已签 21 / 500 份');

    const pledge = renderPage(PLEDGE, { id: 'pl-1' });
    await waitForText(pledge, '1. 按四类分好再投放');
    expect(pledge.dom.textContent).toContain('签署承诺');
    expect(pledge.dom.textContent).toContain('承诺墙');
  });
});
