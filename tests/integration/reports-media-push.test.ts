// The linli function on the WeChat runtime hands WeChat's `wxa_media_check` message push to the verdict handler,
// not to the dispatcher; ordinary calls still go to the dispatcher. WeChat's SDK and ports are stood in for by a
// seeded local mockWorld.
import type { ContentCheck } from '../../cloud/ports';
import { demoWorld, type DemoWorld } from '../support/demo-world';
import { fileReport, stored } from './reports-world';

let mockWorld: DemoWorld;

jest.mock('wx-server-sdk', () => ({ DYNAMIC_CURRENT_ENV: 'test-env', init: () => undefined, getWXContext: () => ({ OPENID: '' }) }));
jest.mock('../../cloud/adapters/wx', () => ({ createWxPorts: () => mockWorld.ports }));

beforeEach(async () => {
  delete process.env.LINLI_RUNTIME;
  mockWorld = await demoWorld();
  const pending: ContentCheck = { checkText: mockWorld.ports.contentCheck.checkText, checkImage: async () => ({ verdict: 'pending', traceId: 'trace-push' }) };
  mockWorld.ports.contentCheck = pending;
});
afterEach(async () => {
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
