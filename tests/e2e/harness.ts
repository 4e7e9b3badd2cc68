// Starts the real app (gateway + SQLite + seeded demo + built H5) on a free port in a temp data dir,
// and a headless Debian Chromium sized like a phone.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { placeholderPng } from '../../cloud/seed/png';
import { openShotPhone } from './shots';
import { setLocaleOf, type Locale } from './words';
import { freePort } from '../support/free-port';

const ROOT = join(__dirname, '..', '..');

export interface RunningApp {
  baseUrl: string;
  /** The gateway's data dir (SQLite file, session secret), for stories that need to stand in for the clock. */
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

async function waitUntilServing(url: string, isAlive: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the app exited before serving:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not start within 60 s:\n${output()}`);
}

export async function startApp(): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'));
  const port = await freePort();
  let log = '';
  let alive = true;
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloud/server/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINLI_DATA_DIR: dataDir, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => ((alive = false), resolve())));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${baseUrl}/api/session/dev-users`, () => alive, () => log);
  return {
    baseUrl,
    dataDir,
    output: () => log,
    async stop() {
      if (alive) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh phone-sized page with its own storage: one person on one phone, optionally standing somewhere, in a language. */
export async function openPhone(
  browser: Browser,
  baseUrl: string,
  options: { standingAt?: { lat: number; lng: number }; locale?: Locale } = {},
): Promise<Page> {
  const { standingAt, locale = 'zh-CN' } = options;
  const context = await browser.newContext({
    ...(standingAt ? { geolocation: { latitude: standingAt.lat, longitude: standingAt.lng }, permissions: ['geolocation'] } : {}),
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    baseURL: baseUrl,
  });
  // The language the person chose on 我的 before (Taro keeps it in localStorage as {data}).
  await context.addInitScript((chosen) => window.localStorage.setItem('linli.locale', JSON.stringify({ data: chosen })), locale);
  const page = await context.newPage();
  setLocaleOf(page, locale);
  await page.goto(`${baseUrl}/`);
  return page;
}

export interface Story {
  app: RunningApp;
  browser: Browser;
  /** The app's address. */
  readonly baseUrl: string;
  /** The path of each photo the story asked for, by name (a PNG of that colour). */
  photos: Record<string, string>;
  /** A fresh phone, as openPhone gives (standing somewhere, in a language). */
  openPhone(options?: Parameters<typeof openPhone>[2]): Promise<Page>;
  /** A fresh phone of the screenshots' size. */
  openShotPhone(): Promise<Page>;
}

/**
 * What every story runs in: the app and a browser, started before its tests (with the photos it will upload, as
 * plain-colour PNGs in a temporary folder) and stopped after them. Use its fields inside tests and hooks.
 */
export function storyWorld(photos: Record<string, [number, number, number]> = {}): Story {
  let photoDir = '';
  const story: Story = {
    app: undefined as unknown as RunningApp,
    browser: undefined as unknown as Browser,
    get baseUrl() {
      return story.app.baseUrl;
    },
    photos: {},
    openPhone: (options) => openPhone(story.browser, story.app.baseUrl, options),
    openShotPhone: () => openShotPhone(story.browser, story.app.baseUrl),
  };
  beforeAll(async () => {
    photoDir = mkdtempSync(join(tmpdir(), 'linli-e2e-photos-'));
    for (const [name, rgb] of Object.entries(photos)) {
      story.photos[name] = join(photoDir, `${name}.png`);
      writeFileSync(story.photos[name]!, placeholderPng(rgb));
    }
    story.app = await startApp();
    story.browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await story.browser?.close();
    await story.app?.stop();
    if (photoDir) rmSync(photoDir, { recursive: true, force: true });
  });
  return story;
}
