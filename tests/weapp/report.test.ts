/**
 * @jest-environment jsdom
 */
// Renders the COMPILED 随手拍 tab (main package) and the new-report page (features/reports subpackage) from
// dist/weapp with miniprogram-simulate and WeChat's template compiler, talking to a fake `linli` cloud function.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionView } from '../../src/domain/membership/types';
import type { CommunityMap, QueueItem } from '../../src/domain/reports/types';

const DIST = join(__dirname, '..', '..', 'dist', 'weapp');
const NEW_REPORT = join(DIST, 'features', 'reports', 'pages', 'new', 'index');
const built = existsSync(join(DIST, 'app.js')) && existsSync(join(DIST, 'pages', 'report', 'index.js')) && existsSync(`${NEW_REPORT}.js`);

if (!built && process.env.CI) {
  throw new Error('dist/weapp is missing the report pages: CI must run `npm run build:weapp` before the weapp tests');
}
if (!built) {
  console.warn('Skipping the compiled report-page tests: dist/weapp is missing or stale (run `npm run build:weapp` first).');
}

const worker: SessionView = {
  user: { id: 'u_zhou', nickname: '网格员周强', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'grid_worker', householdId: null, householdLabel: null },
  pendingRequest: null,
};

const queued = (id: string, overdue: boolean): QueueItem => ({
  id,
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
};

const ANSWERS: Record<string, unknown> = {
  'session.me': worker,
  'reports.queue': [queued('r-1', true), queued('r-2', false)],
  'reports.mine': { items: [], nextBefore: null },
  'reports.map': MAP,
};

interface SimulatedNode {
  dispatchEvent(name: string, detail?: object): void;
}

interface SimulatedPage {
  dom: HTMLElement;
  attach(parent: HTMLElement): void;
  querySelector(selector: string): SimulatedNode | null;
}

type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };

/** Taro registers pages with Page(); the simulator knows Component(): lifecycles become lifetimes, the rest methods. */
function installPageShim(route: string) {
  const g = globalThis as unknown as { Page: (options: PageOptions) => void; Component: (options: unknown) => void };
  g.Page = (options) => {
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: { route: string; onLoad?: (query: object) => void; onShow?: () => void }) {
          this.route = route;
          this.onLoad?.({});
          this.onShow?.();
        },
        ready(this: { onReady?: () => void }) {
          this.onReady?.();
        },
      },
    });
  };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} never happened`);
}

const waitForText = (page: SimulatedPage, text: string) =>
  waitFor(() => Boolean(page.dom.textContent?.includes(text)), `"${text}" on the page (it shows: ${page.dom.textContent})`);

/** Taps the element whose own text is `text`, through the nearest ancestor Taro rendered with a tap binding. */
function tapText(page: SimulatedPage, text: string) {
  const label = Array.from(page.dom.querySelectorAll('*')).find((node) => node.textContent === text && node.children.length === 0);
  let node: Element | null | undefined = label;
  while (node && !node.getAttribute('data-sid')) node = node.parentElement;
  // Taro's templates bind taps on every element that has a listener; dispatching on the nearest one bubbles in Taro's tree.
  const sid = node?.getAttribute('data-sid');
  if (!sid) throw new Error(`nothing tappable shows "${text}"`);
  page.querySelector(`#${sid}`)!.dispatchEvent('tap');
}

(built ? describe : describe.skip)('compiled mini-program: 随手拍', () => {
  const cloudCalls: string[] = [];
  const navigations: string[] = [];
  let simulate: { load: (path: string, options: object) => string; render: (id: string) => SimulatedPage };

  function renderPage(path: string, route: string): SimulatedPage {
    installPageShim(route);
    const id = simulate.load(path, { compiler: 'official', rootPath: DIST });
    const page = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));
    return page;
  }

  beforeAll(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    simulate = require('miniprogram-simulate');
    const wx = g.wx as Record<string, unknown>;
    Object.assign(wx, {
      navigateTo: (options: { url: string; success?: (res: object) => void }) => {
        navigations.push(options.url);
        options.success?.({ errMsg: 'navigateTo:ok' });
      },
      getLocation: (options: { success?: (res: object) => void }) =>
        options.success?.({ latitude: 30.66, longitude: 104.0815, errMsg: 'getLocation:ok' }),
      cloud: {
        init: () => undefined,
        callFunction: async (request: { name: string; data: { action: string } }) => {
          cloudCalls.push(`${request.name}:${request.data.action}`);
          const data = ANSWERS[request.data.action];
          return { result: data === undefined ? { ok: false, error: { code: 'UNKNOWN_ACTION', message: request.data.action } } : { ok: true, data } };
        },
      },
    });
    let app: { onLaunch?: (options: object) => void; onShow?: (options: object) => void } = {};
    g.App = (config: typeof app) => {
      app = config;
    };
    g.getApp = () => app;
    g.getCurrentPages = () => [];
    require(join(DIST, 'app.js'));
    app.onLaunch?.({ path: 'pages/report/index', query: {}, scene: 1001 });
    app.onShow?.({ path: 'pages/report/index', query: {}, scene: 1001 });
  });

  it('shows a grid worker 我要上报, the queue with its overdue count, and opens the new-report page', async () => {
    const page = renderPage(join(DIST, 'pages', 'report', 'index'), 'pages/report/index');
    await waitForText(page, '我要上报');
    await waitForText(page, '1件已超时');
    expect(page.dom.textContent).toContain('2件待办');
    expect(page.dom.textContent).toContain('社区问题');
    expect(cloudCalls).toEqual(expect.arrayContaining(['linli:session.me', 'linli:reports.queue', 'linli:reports.mine']));

    tapText(page, '我要上报');
    await waitFor(() => navigations.length > 0, 'a navigation');
    expect(navigations).toEqual(['/features/reports/pages/new/index']);
  });

  it('renders the subpackage’s new-report page; GPS places the spot in 第二网格', async () => {
    const page = renderPage(NEW_REPORT, 'features/reports/pages/new/index');
    await waitForText(page, '现场照片');
    expect(page.dom.textContent).toContain('在地图上选点');
    expect(page.dom.textContent).toContain('乱堆乱放');

    tapText(page, '使用当前位置');
    await waitForText(page, '所在网格：第二网格');
  });
});
