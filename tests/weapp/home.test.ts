/**
 * @jest-environment jsdom
 */
// Renders the COMPILED mini-program (dist/weapp, built by `npm run build:weapp`) with miniprogram-simulate and
// WeChat's own template compiler: Taro's runtime, our React pages and the cloud transport, as WeChat would run them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionView } from '../../src/domain/membership/types';

const DIST = join(__dirname, '..', '..', 'dist', 'weapp');
const built = existsSync(join(DIST, 'app.js')) && existsSync(join(DIST, 'pages', 'home', 'index.js'));

if (!built && process.env.CI) {
  throw new Error('dist/weapp is missing: CI must run `npm run build:weapp` before the weapp tests');
}
if (!built) {
  console.warn('Skipping the compiled-weapp tests: dist/weapp is missing (run `npm run build:weapp` first).');
}

const member: SessionView = {
  user: { id: 'u_wang', nickname: '王阿姨', avatarUrl: '', consentVersion: '2026-11' },
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: 'h-1', householdLabel: '3栋2单元501' },
  pendingRequest: null,
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

/** Polls (never sleeps a fixed time) until `condition` holds: the page renders after the cloud call answers. */
async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} never happened`);
}

const waitForText = (page: SimulatedPage, text: string) =>
  waitFor(() => Boolean(page.dom.textContent?.includes(text)), `"${text}" on the page (it shows: ${page.dom.textContent})`);

(built ? describe : describe.skip)('compiled mini-program: 首页', () => {
  const cloudCalls: Array<{ name: string; data: { action: string; input: unknown } }> = [];
  const navigations: string[] = [];

  async function renderHome(session: SessionView): Promise<SimulatedPage> {
    const g = globalThis as unknown as Record<string, unknown>;
    const simulate = require('miniprogram-simulate');
    // The simulator brings its own wx API mocks; the cloud and tab switching are ours, so we can see them used.
    const wx = g.wx as Record<string, unknown>;
    wx.switchTab = (options: { url: string; success?: (res: object) => void }) => {
      navigations.push(options.url);
      options.success?.({ errMsg: 'switchTab:ok' });
    };
    // The cloud as the mini-program sees it: one function, answering the envelope.
    Object.assign(wx, {
      cloud: {
        init: () => undefined,
        callFunction: async (request: { name: string; data: { action: string; input: unknown } }) => {
          cloudCalls.push(request);
          if (request.data.action === 'session.me') return { result: { ok: true, data: session } };
          return { result: { ok: false, error: { code: 'UNKNOWN_ACTION', message: request.data.action } } };
        },
      },
    });
    let app: { onLaunch?: (options: object) => void; onShow?: (options: object) => void } = {};
    g.App = (config: typeof app) => {
      app = config;
    };
    g.getApp = () => app;
    g.getCurrentPages = () => [];
    installPageShim('pages/home/index');
    require(join(DIST, 'app.js'));
    app.onLaunch?.({ path: 'pages/home/index', query: {}, scene: 1001 });
    app.onShow?.({ path: 'pages/home/index', query: {}, scene: 1001 });

    const id = simulate.load(join(DIST, 'pages', 'home', 'index'), { compiler: 'official', rootPath: DIST });
    const page: SimulatedPage = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));
    return page;
  }

  // Taro's runtime boots once per process, as in WeChat: one app, one rendered home page for these tests.
  let page: SimulatedPage;
  beforeAll(async () => {
    page = await renderHome(member);
  });

  it('shows the member’s community, household and the empty notices, fetched through the linli cloud function', async () => {
    await waitForText(page, '幸福里社区');
    expect(page.dom.textContent).toContain('3栋2单元501');
    expect(page.dom.textContent).toContain('暂无公告');
    expect(cloudCalls.map((call) => [call.name, call.data.action])).toContainEqual(['linli', 'session.me']);
  });

  it('switches to the 随手拍 tab when its tile is tapped', async () => {
    await waitForText(page, '发现问题 随手一拍');

    const label = Array.from(page.dom.querySelectorAll('*')).find((node) => node.textContent === '发现问题 随手一拍');
    // Taro renders each node with id = its sid; the simulator addresses nodes by that id.
    const sid = label?.parentElement?.getAttribute('data-sid');
    expect(sid).toBeTruthy();
    page.querySelector(`#${sid}`)!.dispatchEvent('tap');
    await waitFor(() => navigations.length > 0, 'a tab switch');
    expect(navigations).toEqual(['/pages/report/index']);
  });
});
