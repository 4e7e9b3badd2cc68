// Content security: the local keyword filter, and the WeChat adapter's use of msgSecCheck v2 / mediaCheckAsync.
import { fixedClock } from '../../cloud/adapters/local/clock';
import { BANNED_WORDS, createKeywordContentCheck } from '../../cloud/adapters/local/keywordContentCheck';
import { openSqliteStore } from '../../cloud/adapters/local/sqliteStore';
import { createWxContentCheck, type WxSecurityApi } from '../../cloud/adapters/wx/wxContentCheck';

describe('keyword content check (local)', () => {
  const check = createKeywordContentCheck();

  it('passes ordinary report text', async () => {
    expect(await check.checkText('3栋门口垃圾满溢，麻烦处理一下', {})).toBe('pass');
  });

  it('passes what residents write about everyday errands', async () => {
    for (const text of ['社区办证窗口排队太久', '帮5栋李奶奶办证件', '楼下有人聚众打牌']) expect(await check.checkText(text, {})).toBe('pass');
  });

  it('refuses text containing the test word, even split by spaces or punctuation', async () => {
    expect(await check.checkText('这里有违禁词测试', {})).toBe('reject');
    expect(await check.checkText('违 禁，词-测试', {})).toBe('reject');
  });

  it('refuses every word on its list', async () => {
    for (const word of BANNED_WORDS) expect(await check.checkText(`前${word}后`, {})).toBe('reject');
  });

  it('lets images pass', async () => {
    expect(await check.checkImage('local/0123456789abcdef.png', {})).toEqual({ verdict: 'pass' });
  });
});

describe('WeChat content check', () => {
  function fakeSecurity(answer: { suggest?: string; throwCode?: number }) {
    const calls: Array<[string, Record<string, unknown>]> = [];
    const security: WxSecurityApi = {
      async msgSecCheck(options) {
        calls.push(['msgSecCheck', options]);
        if (answer.throwCode) throw Object.assign(new Error('risky'), { errCode: answer.throwCode });
        return { errCode: 0, result: { suggest: answer.suggest ?? 'pass', label: 100 } };
      },
      async mediaCheckAsync(options) {
        calls.push(['mediaCheckAsync', options]);
        return { errCode: 0, traceId: 'trace-1' };
      },
    };
    return { security, calls };
  }
  const store = openSqliteStore({ file: ':memory:' });
  afterAll(() => store.close());
  const make = (security: WxSecurityApi) =>
    createWxContentCheck({ security, store, clock: fixedClock(1_000), urlOf: async (id) => `https://tmp.example/${id}` });

  it('asks msgSecCheck v2 with the caller openid and a scene, and refuses what it calls risky', async () => {
    const { security, calls } = fakeSecurity({ suggest: 'risky' });
    expect(await make(security).checkText('something', { openid: 'o-1' })).toBe('reject');
    expect(calls[0]).toEqual(['msgSecCheck', expect.objectContaining({ content: 'something', version: 2, openid: 'o-1', scene: expect.any(Number) })]);
  });

  it('passes what msgSecCheck passes', async () => {
    const { security } = fakeSecurity({ suggest: 'pass' });
    expect(await make(security).checkText('垃圾满溢', { openid: 'o-1' })).toBe('pass');
  });

  it('refuses on the risky-content error code', async () => {
    const { security } = fakeSecurity({ throwCode: 87014 });
    expect(await make(security).checkText('x', {})).toBe('reject');
  });

  it('leaves an image pending under the trace id and records it for the later verdict', async () => {
    const { security, calls } = fakeSecurity({});
    const result = await make(security).checkImage('cloud://env/uploads/a.png', { openid: 'o-1' });
    expect(result).toEqual({ verdict: 'pending', traceId: 'trace-1' });
    expect(calls[0][1]).toMatchObject({ mediaUrl: 'https://tmp.example/cloud://env/uploads/a.png', mediaType: 2, version: 2, openid: 'o-1' });
    expect(await store.get('contentChecks', 'trace-1')).toMatchObject({ fileId: 'cloud://env/uploads/a.png', status: 'pending', openid: 'o-1' });
  });
});
