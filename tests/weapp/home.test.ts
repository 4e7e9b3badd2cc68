/**
 * @jest-environment jsdom
 */
// Renders the COMPILED home page from dist/weapp in miniprogram-simulate, talking to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { SessionView } from '../../src/domain/membership/types';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp, type SimulatedPage } from './simulator';

const member: SessionView = {
  user: { id: 'u_wang', nickname: '王阿姨', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-1', householdLabel: '3栋2单元501' },
  pendingRequest: null,
  can: abilitiesOf('resident'),
};

describeCompiled('compiled mini-program: 首页', ['pages/home/index'], () => {
  // One app, one rendered home page for these tests.
  let app: BootedApp;
  let page: SimulatedPage;
  beforeAll(() => {
    app = bootCompiledApp({ route: 'pages/home/index', answers: { 'session.me': member, 'notices.feed': { items: [], nextBefore: null } } });
    page = renderPage('pages/home/index');
  });

  it('shows the member’s community, household and the empty notices, fetched through the linli cloud function', async () => {
    await waitForText(page, '幸福里社区');
    expect(page.dom.textContent).toContain('3栋2单元501');
    await waitForText(page, '暂无公告');
    expect(app.cloudCalls.map((call) => [call.name, call.action])).toContainEqual(['linli', 'session.me']);
  });

  it('switches to the 随手拍 tab when its tile is tapped', async () => {
    await waitForText(page, '发现问题 随手一拍');

    tapText(page, '发现问题 随手一拍');
    await waitFor(() => app.navigations.length > 0, 'a tab switch');
    expect(app.navigations).toEqual(['/pages/report/index']);
  });
});
