// The exact artifact uploaded to WeChat (dist/cloud/functions/linli/index.js), run by plain Node in a child
// process: identity comes only from the runtime's context, never from the event.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userIdFor } from '../../cloud/handlers/actor';
import { buildCloud, FUNCTION_DIR } from '../../scripts/build-cloud';

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(FUNCTION_DIR, 'index.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs calls against the bundle in a fresh Node process and answers their envelopes plus what was loaded. */
function runBundle(calls: Array<{ event: unknown; context: unknown }>, env: Record<string, string>, fakeWx = false): {
  results: Array<{ ok: boolean; data?: Record<string, unknown>; error?: { code: string } }>;
  loadedSqlite: boolean;
  wxInit: unknown[];
} {
  const script = `
    const Module = require('node:module');
    const wxInit = [];
    if (${fakeWx}) {
      // A stand-in for wx-server-sdk: no network, no OPENID for this caller, every database call refused.
      const refuse = () => Promise.reject(new Error('no database in this test'));
      const query = { where: () => query, limit: () => query, orderBy: () => query, skip: () => query, get: refuse, count: refuse, update: refuse };
      const fake = {
        DYNAMIC_CURRENT_ENV: 'dynamic-env',
        init: (options) => wxInit.push(options),
        getWXContext: () => ({ OPENID: '' }),
        database: () => ({ command: {}, collection: () => ({ ...query, doc: () => ({ get: refuse, update: refuse, remove: refuse }), add: refuse }), runTransaction: refuse }),
        openapi: { security: {}, subscribeMessage: {} },
      };
      const load = Module._load;
      Module._load = function (request, ...rest) { return request === 'wx-server-sdk' ? fake : load.call(this, request, ...rest); };
    }
    (async () => {
      const fn = require(${JSON.stringify(BUNDLE)});
      const results = [];
      for (const call of ${JSON.stringify(calls)}) results.push(await fn.main(call.event, call.context));
      if (fn.shutdown) await fn.shutdown();
      const loadedSqlite = Object.keys(require.cache).some((path) => path.includes('better-sqlite3'));
      process.stdout.write(JSON.stringify({ results, loadedSqlite, wxInit }));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const base = { ...process.env };
  delete base.LINLI_RUNTIME;
  delete base.LINLI_DATA_DIR;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8' });
  return JSON.parse(output);
}

let dataDir: string;

beforeAll(async () => {
  const stale = !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(newestSource(join(ROOT, 'cloud')), newestSource(join(ROOT, 'src', 'domain')));
  if (stale) await buildCloud();
  dataDir = mkdtempSync(join(tmpdir(), 'linli-bundle-'));
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the bundled linli cloud function', () => {
  it('ships with a package.json naming only wx-server-sdk and the openapi permissions it calls', () => {
    const pkg = require(join(FUNCTION_DIR, 'package.json'));
    const config = require(join(FUNCTION_DIR, 'config.json'));
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
    expect(config.permissions.openapi).toEqual(expect.arrayContaining(['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send']));
    expect(config.triggers).toEqual(expect.arrayContaining([{ name: 'sweep-uploads', type: 'timer', config: expect.any(String) }]));
  });

  describe('in the local runtime', () => {
    const local = () => ({ LINLI_RUNTIME: 'local', LINLI_DATA_DIR: dataDir });

    it('answers session.me for the identity in context.identity, stored under LINLI_DATA_DIR', () => {
      const openid = 'demo:resident-wang';
      const { results } = runBundle([{ event: { action: 'session.me', input: {} }, context: { identity: { openid } } }], local());
      expect(results[0]).toMatchObject({ ok: true, data: { user: { id: userIdFor(openid) } } });
      expect(existsSync(join(dataDir, 'linli.db'))).toBe(true);
    });

    it('answers UNKNOWN_ACTION for an action nobody declared', () => {
      const { results } = runBundle([{ event: { action: 'reports.deleteEverything', input: {} }, context: { identity: { openid: 'demo:x' } } }], local());
      expect(results[0]).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    });

    it('runs a timed job for a timer event without a caller, and never for a signed-in caller', () => {
      const timer = { Type: 'Timer', TriggerName: 'sweep-uploads', Time: '2026-12-01T03:30:00Z' };
      const { results } = runBundle(
        [
          { event: timer, context: {} },
          { event: timer, context: { identity: { openid: 'demo:resident-wang' } } },
          { event: { ...timer, TriggerName: 'no-such-job' }, context: {} },
        ],
        local(),
      );
      expect(results[0]).toMatchObject({ ok: true, data: { job: 'sweep-uploads', changed: 0 } });
      expect(results[1]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(results[2]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('answers UNAUTHENTICATED when only the event claims an identity', () => {
      const event = { action: 'session.me', input: {}, openid: 'demo:committee-chen', identity: { openid: 'demo:committee-chen' }, userInfo: { openId: 'demo:committee-chen' } };
      const { results } = runBundle([{ event, context: {} }, { event, context: undefined }], local());
      expect(results.map((result) => result.error?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    });
  });

  describe('in the WeChat runtime', () => {
    it('never loads SQLite, initialises the cloud for the current env, and ignores a context.identity', () => {
      const { results, loadedSqlite, wxInit } = runBundle(
        [{ event: { action: 'session.me', input: {} }, context: { identity: { openid: 'demo:committee-chen' } } }],
        {},
        true,
      );
      expect(results[0]).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(loadedSqlite).toBe(false);
      expect(wxInit).toEqual([{ env: 'dynamic-env' }]);
    });
  });
});
