// Starts the real app (gateway + SQLite + seeded demo + built H5) on a free port in a temp data dir,
// and a headless Debian Chromium sized like a phone.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { setLocaleOf, type Locale } from './words';

const ROOT = join(__dirname, '..', '..');

export interface RunningApp {
  baseUrl: string;
  /** The gateway's data dir (SQLite file, session secret), for stories that need to stand in for the clock. */
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
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
