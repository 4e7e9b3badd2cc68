// Notices always reach the in-app inbox (the kit writes it); on WeChat a subscription message is pushed only while a
// consent credit remains, and a refused push never fails the action.
import { fixedClock } from '../../cloud/adapters/local/clock';
import { createInboxNotifier } from '../../cloud/adapters/local/inboxNotifier';
import { noticesFor, notify } from '../../cloud/kit/notify';
import { openSqliteStore, type SqliteStore } from '../../cloud/adapters/local/sqliteStore';
import { createWxNotifier, subscriptionId, templateData, type WxSubscribeApi } from '../../cloud/adapters/wx/wxNotifier';
import type { Notice } from '../../cloud/ports';
import { renderNotice } from '../../src/domain/messages';

const notice: Notice = {
  userId: 'u_1',
  communityId: 'c-xingfuli',
  kind: 'report.resolved',
  params: { category: '@category.overflowing_bin', address: '3栋门口' },
  link: '/features/reports/pages/detail/index?id=r1',
};

let store: SqliteStore;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  await store.insert('users', { id: 'u_1', openid: 'o-wang' });
});
afterEach(() => store.close());

describe('notify (kit)', () => {
  const actor = { userId: 'u_staff', role: 'committee' as const, gridIds: [] };

  it('writes one unread inbox document per recipient, once each, never to the caller', async () => {
    const ctx = { actor, store, clock: fixedClock(5_000), notifier: createInboxNotifier() };
    await notify(ctx, ['u_1', 'u_1', 'u_staff', null], { communityId: notice.communityId, kind: notice.kind, params: notice.params, link: notice.link });
    const items = await store.find('inbox', { readAt: null });
    expect(items).toEqual([expect.objectContaining({ userId: 'u_1', kind: notice.kind, params: notice.params, link: notice.link, createdAt: 5_000 })]);
  });

  it('writes the inbox inside the action’s own transaction when asked, so both land or neither', async () => {
    const ctx = { actor, store, clock: fixedClock(5_000), notifier: createInboxNotifier() };
    const prepared = noticesFor(ctx, ['u_1'], { communityId: notice.communityId, kind: notice.kind, params: notice.params });
    await expect(
      store.transaction(async (tx) => {
        await prepared.write(tx);
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await store.count('inbox', {})).toBe(0);
  });

  it('offers no subscription templates locally', () => {
    expect(createInboxNotifier().templates()).toEqual([]);
  });
});

describe('WeChat notifier', () => {
  function fakeSubscribe(fail = false) {
    const sent: unknown[] = [];
    const api: WxSubscribeApi = {
      async send(options) {
        sent.push(options);
        if (fail) throw new Error('43101 user refuse to accept the msg');
      },
    };
    return { api, sent };
  }
  const make = (api: WxSubscribeApi) =>
    createWxNotifier({ subscribeMessage: api, store, clock: fixedClock(0), templates: { 'report.resolved': { templateId: 'tmpl-1' } }, log: () => {} });

  it('sends one message per consent credit and nothing once credits run out', async () => {
    await store.insert('subscriptions', { id: subscriptionId('u_1', 'report.resolved'), userId: 'u_1', kind: 'report.resolved', credits: 1 });
    const { api, sent } = fakeSubscribe();
    const notifier = make(api);
    await notifier.push(notice);
    await notifier.push(notice);
    expect(sent).toEqual([expect.objectContaining({ touser: 'o-wang', templateId: 'tmpl-1', page: notice.link })]);
    expect(await store.get('subscriptions', subscriptionId('u_1', 'report.resolved'))).toMatchObject({ credits: 0 });
  });

  it('sends nothing without a consent, or for a kind without a template', async () => {
    const { api, sent } = fakeSubscribe();
    await make(api).push(notice);
    await make(api).push({ ...notice, kind: 'report.started' });
    expect(sent).toEqual([]);
  });

  it('offers its configured templates by notice kind', () => {
    expect(make(fakeSubscribe().api).templates()).toEqual([{ kind: 'report.resolved', templateId: 'tmpl-1' }]);
  });

  it('does not fail the action when WeChat refuses the message', async () => {
    await store.insert('subscriptions', { id: subscriptionId('u_1', 'report.resolved'), userId: 'u_1', kind: 'report.resolved', credits: 2 });
    const { api } = fakeSubscribe(true);
    await expect(make(api).push(notice)).resolves.toBeUndefined();
  });

  it('fits template text into the 20-character limit of a thing field', () => {
    const long: Notice = { ...notice, params: { ...notice.params, address: '这是一段非常非常长的位置说明，超过二十个字符以后应当被截断处理' } };
    const body = renderNotice(long.kind, long.params, 'zh').body;
    const data = templateData(long, { templateId: 't' }, 0);
    expect(Array.from(data.thing2.value).length).toBeLessThanOrEqual(20);
    expect(body.startsWith(data.thing2.value.slice(0, -1))).toBe(true);
    expect(data.thing1.value).toBe('您上报的问题已处理，请核查');
  });
});
