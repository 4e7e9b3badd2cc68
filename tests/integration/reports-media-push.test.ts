// The linli function on the WeChat runtime hands WeChat's `wxa_media_check` message push to the verdict handler,
// not to the dispatcher; ordinary calls still go to the dispatcher, and so does a push-shaped event sent by a client.
// WeChat's SDK (its invocation context is a fake set per test) and ports are stood in for by a seeded local mockWorld.
import type { ContentCheck } from '../../cloud/ports';
import { demoWorld, type DemoWorld } from '../support/demo-world';
import { fileReport, stored } from './reports-world';

let mockWorld: DemoWorld;

// What the runtime sets for this invocation: the platform's push by default.
let mockWxContext: Record<string, string> = {};
const PLATFORM = { SOURCE: 'wx_unknown' };
jest.mock('wx-server-sdk', () => ({ DYNAMIC_CURRENT_ENV: 'test-env', init: () => undefined, getWXContext: () => mockWxContext }));
jest.mock('../../cloud/adapters/wx', () => ({ createWxPorts: () => mockWorld.ports }));

beforeEach(async () => {
  mockWxContext = PLATFORM;
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  delete process.env.LINLI_RUNTIME;
  mockWorld = await demoWorld();
  const pending: ContentCheck = { checkText: mockWorld.ports.contentCheck.checkText, checkImage: async () => ({ verdict: 'pending', traceId: 'trace-push' }) };
  mockWorld.ports.contentCheck = pending;
});
afterEach(async () => {
  jest.restoreAllMocks();
  const { shutdown } = await import('../../cloud/functions/linli');
  await shutdown();
  await mockWorld.close();
});

const push = (suggest: string) => ({ ToUserName: 'gh_x', FromUserName: 'o_x', MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-push', version: 2, result: { suggest, label: 100 } });

it('applies a pushed pass verdict to the pending photo', async () => {
  const { main } = await import('../../cloud/functions/linli');
  const id = await fileReport(mockWorld, 'resident-wang');
  expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('pending');
  expect(await main(push('pass'), {})).toEqual({ ok: true, data: { applied: true } });
  expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('pass');
  expect(await main(push('pass'), {})).toEqual({ ok: true, data: { applied: false } });
});

it('refuses the photo on a risky verdict, and still dispatches ordinary calls', async () => {
  const { main } = await import('../../cloud/functions/linli');
  const id = await fileReport(mockWorld, 'resident-wang');
  await main(push('risky'), {});
  expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('reject');
  expect(await main({ action: 'session.me', input: {} }, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

describe('a push-shaped event a client sends', () => {
  it('is refused from the mini-program: the photo stays pending and the event is an invalid call', async () => {
    const { main } = await import('../../cloud/functions/linli');
    const id = await fileReport(mockWorld, 'resident-wang');
    mockWxContext = { OPENID: 'o_attacker', APPID: 'wx_app', SOURCE: 'wx_client' };
    expect(await main(push('pass'), {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('pending');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('SOURCE=wx_client'));
  });

  it('is refused when a client reaches the function through another function or from the DevTools', async () => {
    const { main } = await import('../../cloud/functions/linli');
    const id = await fileReport(mockWorld, 'resident-wang');
    for (const SOURCE of ['wx_client,scf', 'wx_devtools', 'wx_localdebug', '']) {
      mockWxContext = { OPENID: 'o_attacker', SOURCE };
      expect(await main(push('pass'), {})).toMatchObject({ ok: false });
    }
    expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('pending');
  });

  it('is refused when it carries the userInfo the platform injects into client calls', async () => {
    const { main } = await import('../../cloud/functions/linli');
    const id = await fileReport(mockWorld, 'resident-wang');
    expect(await main({ ...push('pass'), userInfo: { appId: 'wx_app', openId: 'o_attacker' } }, {})).toMatchObject({ ok: false });
    expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('pending');
  });
});

it('leaves the local runtime as it was: a push-shaped event is just an invalid request there', async () => {
  process.env.LINLI_RUNTIME = 'local';
  process.env.LINLI_DATA_DIR = mockWorld.dataDir;
  try {
    const { main, shutdown } = await import('../../cloud/functions/linli');
    const id = await fileReport(mockWorld, 'resident-wang');
    expect(await main(push('pass'), {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await stored(mockWorld, id)).photos[0]!.verdict).toBe('pending');
    await shutdown();
  } finally {
    delete process.env.LINLI_RUNTIME;
    delete process.env.LINLI_DATA_DIR;
  }
});
