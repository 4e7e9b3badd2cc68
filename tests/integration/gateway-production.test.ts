// The gateway started as `npm run serve` starts it (production: no NODE_ENV=development) on a fresh data dir: no
// demo community is seeded, there is no dev login, and a token minted for a demo person finds nobody behind it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../cloud/adapters/local';
import { signSession } from '../../cloud/server/session';
import { freePort } from '../support/free-port';

const ROOT = join(__dirname, '..', '..');
const SECRET = 'production-test-secret-of-32-bytes-at-least';

interface Running {
  base: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts cloud/server/start.ts as `npm run serve` does (no NODE_ENV=development) on a fresh data dir. */
async function startProduction(extraEnv: Record<string, string> = {}): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-production-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINLI_DATA_DIR: dataDir, LINLI_SESSION_SECRET: SECRET, ...extraEnv };
  delete env.NODE_ENV;
  if (!extraEnv.LOG_LEVEL) delete env.LOG_LEVEL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'cloud/server/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!output.includes('Linli is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the gateway did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let running: Running;
let base: string;
let dataDir: string;
const output = () => running.output();

beforeAll(async () => {
  running = await startProduction();
  ({ base, dataDir } = running);
}, 40_000);
afterAll(() => running.stop());

describe('a production gateway on a fresh data dir', () => {
  it('seeds no community, and says how to create one', async () => {
    expect(output()).not.toMatch(/Seeded the demo/);
    expect(output()).toMatch(/No community in .* yet: describe yours and run npm run setup -- FILE/);
    const store = openSqliteStore({ file: join(dataDir, 'linli.db') });
    try {
      expect(await store.count('communities', {})).toBe(0);
      expect(await store.count('users', {})).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('has no dev login', async () => {
    const users = await fetch(`${base}/api/session/dev-users`);
    expect(users.status).toBe(404);
    const login = await fetch(`${base}/api/session/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userKey":"committee-chen"}' });
    expect(((await login.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('gives a token for the demo committee member no community and no committee powers', async () => {
    const token = signSession('demo:committee-chen', SECRET);
    const call = (action: string) => fetch(`${base}/api/${action}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' }).then((answer) => answer.json());
    expect(await call('session.me')).toMatchObject({ ok: true, data: { membership: null } });
    expect(await call('membership.pendingRequests')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('logs no line per request by default', () => {
    expect(output()).not.toMatch(/incoming request|request completed|"reqId"/);
  });
});

describe('with LOG_LEVEL=debug', () => {
  it('prints one readable line per request', async () => {
    const debug = await startProduction({ LOG_LEVEL: 'debug' });
    try {
      await fetch(`${debug.base}/api/session/dev-users`);
      const deadline = Date.now() + 5_000;
      while (!/request completed/.test(debug.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(debug.output()).toMatch(/request completed/);
      // Pretty, not one JSON object per line.
      expect(debug.output()).not.toMatch(/^\{"level":/m);
    } finally {
      await debug.stop();
    }
  }, 40_000);
});
