// Runs the COMPILED mini-program (dist/weapp, built by `npm run build:weapp`) in miniprogram-simulate with WeChat's
// own template compiler: Taro's runtime, our React pages and the cloud transport, talking to a fake `linli` function.
// Needs the jsdom test environment. Taro's runtime boots once per test file, as in WeChat: one app, many pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(__dirname, '..', '..', 'dist', 'weapp');

interface SimulatedNode {
  dispatchEvent(name: string, detail?: object): void;
}

export interface SimulatedPage {
  dom: HTMLElement;
  attach(parent: HTMLElement): void;
  querySelector(selector: string): SimulatedNode | null;
}

export interface CloudCall {
  name: string;
  action: string;
  input: unknown;
}

export interface BootedApp {
  /** Every call to the cloud, in order. */
  cloudCalls: CloudCall[];
  /** Urls of wx.navigateTo and wx.switchTab, in order. */
  navigations: string[];
}

export interface BootOptions {
  /** The route WeChat launches the app on, e.g. 'pages/home/index'. */
  route: string;
  /** What the `linli` function answers, by action; any other action fails with UNKNOWN_ACTION. */
  answers: Record<string, unknown>;
  /** Where wx.getLocation says the phone is. */
  location?: { latitude: number; longitude: number };
}

/**
 * Declares the compiled-weapp tests of `pages` (routes such as 'pages/home/index'). Without a build they are skipped
 * with the reason locally, and fail in CI, which must build first.
 */
export function describeCompiled(title: string, pages: string[], tests: () => void): void {
  const missing = ['app', ...pages].map((route) => `${route}.js`).filter((file) => !existsSync(join(DIST, file)));
  if (missing.length && process.env.CI) {
    throw new Error(`dist/weapp is missing ${missing.join(', ')}: CI must run \`npm run build:weapp\` before the weapp tests`);
  }
  if (missing.length) {
    console.warn(`Skipping "${title}": dist/weapp has no ${missing.join(', ')} (run \`npm run build:weapp\` first).`);
  }
  (missing.length ? describe.skip : describe)(title, tests);
}

type NavigateOptions = { url: string; success?: (res: object) => void };

/** Boots dist/weapp/app.js with our cloud, navigation and GPS in place of WeChat's, so tests can see them used. */
export function bootCompiledApp({ route, answers, location }: BootOptions): BootedApp {
  const booted: BootedApp = { cloudCalls: [], navigations: [] };
  const g = globalThis as unknown as Record<string, unknown>;
  // The simulator installs its own wx API mocks when it loads; ours go on top.
  require('miniprogram-simulate');
  const navigate = (api: string) => (options: NavigateOptions) => {
    booted.navigations.push(options.url);
    options.success?.({ errMsg: `${api}:ok` });
  };
  Object.assign(g.wx as Record<string, unknown>, {
    navigateTo: navigate('navigateTo'),
    switchTab: navigate('switchTab'),
    ...(location && {
      getLocation: (options: { success?: (res: object) => void }) => options.success?.({ ...location, errMsg: 'getLocation:ok' }),
    }),
    // The cloud as the mini-program sees it: one function, answering the envelope.
    cloud: {
      init: () => undefined,
      callFunction: async (request: { name: string; data: { action: string; input: unknown } }) => {
        booted.cloudCalls.push({ name: request.name, action: request.data.action, input: request.data.input });
        const data = answers[request.data.action];
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
  app.onLaunch?.({ path: route, query: {}, scene: 1001 });
  app.onShow?.({ path: route, query: {}, scene: 1001 });
  return booted;
}

type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };

/** Taro registers pages with Page(); the simulator knows Component(): lifecycles become lifetimes, the rest methods. */
function installPageShim(route: string, query: Record<string, string>) {
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
          this.onLoad?.(query);
          this.onShow?.();
        },
        ready(this: { onReady?: () => void }) {
          this.onReady?.();
        },
      },
    });
  };
}

/**
 * Loads and attaches the compiled page at `route` (e.g. 'features/reports/pages/new/index'), after bootCompiledApp;
 * `query` is what WeChat hands the page's onLoad (the URL's parameters).
 */
export function renderPage(route: string, query: Record<string, string> = {}): SimulatedPage {
  const simulate = require('miniprogram-simulate');
  installPageShim(route, query);
  const id = simulate.load(join(DIST, route), { compiler: 'official', rootPath: DIST });
  const page: SimulatedPage = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

/** Polls (never sleeps a fixed time) until `condition` holds: pages render after the cloud call answers. */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} never happened`);
}

export const waitForText = (page: SimulatedPage, text: string): Promise<void> =>
  waitFor(() => Boolean(page.dom.textContent?.includes(text)), `"${text}" on the page (it shows: ${page.dom.textContent})`);

/** Taps the element whose own text is `text`, through the nearest ancestor Taro rendered with a tap binding. */
export function tapText(page: SimulatedPage, text: string): void {
  const label = Array.from(page.dom.querySelectorAll('*')).find((node) => node.textContent === text && node.children.length === 0);
  let node: Element | null | undefined = label;
  while (node && !node.getAttribute('data-sid')) node = node.parentElement;
  // Taro renders each node with id = its sid, and binds taps on every element that has a listener; dispatching on the
  // nearest one bubbles in Taro's tree.
  const sid = node?.getAttribute('data-sid');
  if (!sid) throw new Error(`nothing tappable shows "${text}"`);
  page.querySelector(`#${sid}`)!.dispatchEvent('tap');
}
