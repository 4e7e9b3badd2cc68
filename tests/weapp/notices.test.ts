/**
 * @jest-environment jsdom
 */
// Renders the COMPILED 首页 notice section (main package) and the notice page (features/notices subpackage) from
// dist/weapp in miniprogram-simulate, talking to a fake `linli` cloud function.
import { abilitiesOf } from '../../src/domain/abilities';
import type { SessionView } from '../../src/domain/membership/types';
import type { NoticeDetailView, NoticeRow } from '../../src/domain/notices/types';
import { bootCompiledApp, describeCompiled, renderPage, tapText, waitFor, waitForText, type BootedApp } from './simulator';

const HOME = 'pages/home/index';
const DETAIL = 'features/notices/pages/detail/index';

const qian: SessionView = {
  user: { id: 'u_qian', nickname: '钱阿姨', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-3-1-101', householdLabel: '3栋1单元101' },
  pendingRequest: null,
  can: abilitiesOf('resident'),
};

const row = (id: string, title: string, overrides: Partial<NoticeRow> = {}): NoticeRow => ({
  id, category: 'outage', title, excerpt: '', audience: { level: 'building', names: ['3栋'] }, pinned: false, important: false,
  publishAt: 0, expiresAt: null, expired: false, scheduled: false, withdrawn: false, edited: false, unread: false, thumbUrl: null, ...overrides,
});

const renewal: NoticeDetailView = {
  ...row('nt-demo-renewal', '幸福里小区微更新设计方案公示', { category: 'publicity', audience: { level: 'community', names: [] }, edited: true }),
  body: ['公示期为10天，期间欢迎居民到社区服务站查看效果图。'],
  imageUrls: [],
  pendingImageCount: 0,
  version: 2,
  history: [{ version: 1, title: '幸福里小区微更新设计方案公示', body: ['公示期为7天。'], imageUrls: [], since: 0, replacedAt: 1 }],
  editedAt: 1,
  can: { edit: false, withdraw: false, readStats: false },
  editImages: [],
};

const ANSWERS: Record<string, unknown> = {
  'session.me': qian,
  'notices.feed': { items: [row('nt-1', '3栋停水通知', { pinned: true, unread: true }), row('nt-2', '垃圾分类投放指南')], nextBefore: null },
  'notices.detail': renewal,
};

describeCompiled('compiled mini-program: 公告', [HOME, DETAIL], () => {
  let app: BootedApp;
  beforeAll(() => {
    app = bootCompiledApp({ route: HOME, answers: ANSWERS });
  });

  it('shows the feed on 首页, pinned first with its unread mark, and opens a notice', async () => {
    const page = renderPage(HOME);
    await waitForText(page, '3栋停水通知');
    const text = page.dom.textContent ?? '';
    expect(text.indexOf('3栋停水通知')).toBeLessThan(text.indexOf('垃圾分类投放指南'));
    expect(text).toContain('置顶');
    expect(text).toContain('全部公告');
    tapText(page, '垃圾分类投放指南');
    await waitFor(() => app.navigations.length > 0, 'a navigation');
    expect(app.navigations).toEqual(['/features/notices/pages/detail/index?id=nt-2']);
  });

  it('renders the subpackage’s notice page with 已修改 and its earlier version', async () => {
    const page = renderPage(DETAIL, { id: 'nt-demo-renewal' });
    await waitForText(page, '公示期为10天，期间欢迎居民到社区服务站查看效果图。');
    expect(page.dom.textContent).toContain('已修改');
    expect(app.cloudCalls).toEqual(expect.arrayContaining([{ name: 'linli', action: 'notices.detail', input: { noticeId: 'nt-demo-renewal' } }]));
    tapText(page, '查看修改记录（1）');
    await waitForText(page, '公示期为7天。');
  });
});
