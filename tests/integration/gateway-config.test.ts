// The gateway's settings: behind a reverse proxy each client gets its own rate-limit bucket (LINLI_TRUST_PROXY),
// and a session secret too short to resist guessing stops the gateway before it serves anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ConfigError, assertStrongSecret, logSettingsFrom, trustProxyFrom } from '../../cloud/server/config';
import { buildGateway, type GatewayOptions } from '../../cloud/server/gateway';

const ROOT = join(__dirname, '..', '..');
const SECRET = 'a-session-secret-of-thirty-two-bytes!';
const LIMIT = 3;

const apps: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function gateway(overrides: Partial<GatewayOptions> = {}): Promise<string> {
  const app = await buildGateway({
    dispatch: async () => ({ ok: true, data: null }),
    files: { save: async () => Promise.reject(new Error('unused')), urls: async () => [], read: async () => null },
    sessionSecret: SECRET,
    dev: false,
    h5Dir: null,
    rateLimit: { max: LIMIT, timeWindowMs: 60_000 },
    ...overrides,
  });
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** LIMIT + 1 anonymous calls from each client, all arriving through the proxy at 127.0.0.1; counts the refusals. */
async function refusalsPerClient(base: string, clients: string[]): Promise<number[]> {
  const refusals: number[] = [];
  for (const client of clients) {
    let refused = 0;
    for (let i = 0; i <= LIMIT; i += 1) {
      const answer = await fetch(`${base}/api/session.me`, { method: 'POST', headers: { 'x-forwarded-for': client } });
      if (((await answer.json()) as { error?: { code?: string } }).error?.code === 'RATE_LIMITED') refused += 1;
    }
    refusals.push(refused);
  }
  return refusals;
}

describe('LINLI_TRUST_PROXY', () => {
  it('reads unset and false as no proxy, true as every hop, and a list as the proxies’ addresses', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(trustProxyFrom('true')).toBe(true);
    expect(trustProxyFrom(' loopback, 10.0.0.0/8 ,::1')).toEqual(['loopback', '10.0.0.0/8', '::1']);
  });

  it('refuses a value that is not an address, so a typo does not silently trust nobody or everybody', () => {
    expect(() => trustProxyFrom('my-proxy.local')).toThrow(ConfigError);
    expect(() => trustProxyFrom('10.0.0.0/40')).toThrow(ConfigError);
  });

  it('gives each client behind a trusted proxy its own rate-limit bucket', async () => {
    const base = await gateway({ trustProxy: trustProxyFrom('loopback') });
    expect(await refusalsPerClient(base, ['203.0.113.7', '203.0.113.8'])).toEqual([1, 1]);
  });

  it('without it, believes no forwarded address: everyone behind the proxy shares one bucket', async () => {
    const base = await gateway();
    expect(await refusalsPerClient(base, ['198.51.100.7', '198.51.100.8'])).toEqual([1, LIMIT + 1]);
  });

  it('does not let a client name its own address when the proxy it came through is not the trusted one', async () => {
    const base = await gateway({ trustProxy: trustProxyFrom('10.1.2.3') });
    expect(await refusalsPerClient(base, ['192.0.2.7', '192.0.2.8'])).toEqual([1, LIMIT + 1]);
  });
});

describe('LINLI_SESSION_SECRET', () => {
  it('is refused under 32 bytes, counting bytes rather than characters', () => {
    expect(() => assertStrongSecret('short')).toThrow(/at least 32 bytes/);
    expect(() => assertStrongSecret('密'.repeat(11))).not.toThrow();
    expect(() => assertStrongSecret('x'.repeat(32))).not.toThrow();
  });

  it('stops the gateway before it is built', async () => {
    await expect(gateway({ sessionSecret: 'changeme' })).rejects.toThrow(ConfigError);
  });

  it('stops `npm start` with a clear message instead of serving', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'linli-secret-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'cloud/server/start.ts'], {
        cwd: ROOT,
        env: { ...process.env, LINLI_SESSION_SECRET: 'changeme', LINLI_DATA_DIR: dataDir, PORT: '0' },
        encoding: 'utf8',
        timeout: 15_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('LINLI_SESSION_SECRET is 8 bytes long; it must be at least 32 bytes');
      expect(run.stderr).not.toMatch(/at \w+ \(/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('LOG_LEVEL', () => {
  it('is quiet by default: failures only, no line per request', () => {
    expect(logSettingsFrom(undefined)).toEqual({ logger: { level: 'warn' }, logRequests: false });
    expect(logSettingsFrom('info')).toEqual({ logger: { level: 'info' }, logRequests: false });
  });

  it('logs each request, pretty-printed when pino-pretty is there, at debug', () => {
    expect(logSettingsFrom('debug', true)).toMatchObject({ logger: { level: 'debug', transport: { target: 'pino-pretty' } }, logRequests: true });
    expect(logSettingsFrom('DEBUG', false)).toEqual({ logger: { level: 'debug' }, logRequests: true });
  });

  it('refuses a level pino does not know', () => {
    expect(() => logSettingsFrom('verbose')).toThrow(ConfigError);
  });
});
