// Notices always reach the in-app inbox; on WeChat a subscription message is sent only while a consent credit remains.
import { fixedClock } from '../../cloud/adapters/local/clock';
import { createInboxNotifier } from '../../cloud/adapters/local/inboxNotifier';
import { openSqliteStore, type SqliteStore } from '../../cloud/adapters/local/sqliteStore';
import { createWxNotifier, subscriptionId, templateData, type WxSubscribeApi } from '../../cloud/adapters/wx/wxNotifier';
import type { Notice } from '../../cloud/ports';

const notice: Notice = {
  userId: 'u_1',
  communityId: 'c-xingfuli',
  kind: 'report.resolved',
  title: '您反映的问题已处理',
  body: '3栋门口垃圾满溢已清理完毕，请核查',
  link: '/features/reports/pages/detail/index?id=r1',
};

let store: SqliteStore;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  await store.insert('users', { id: 'u_1', openid: 'o-wang' });
});
afterEach(() => store.close());

describe('inbox notifier (local)', () => {
  it('writes one unread inbox document per notice for its recipient', async () => {
    const clock = fixedClock(5_000);
    await createInboxNotifier(store, clock).notify(notice);
    const items = await store.find('inbox', { userId: 'u_1', readAt: null });
    expect(items).toEqual([expect.objectContaining({ kind: notice.kind, title: notice.title, body: notice.body, link: notice.link, createdAt: 5_000 })]);
  });

  it('offers no subscription templates', () => {
    expect(createInboxNotifier(store, fixedClock(0)).templates()).toEqual([]);
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

  it('sends one message per consent credit and still fills the inbox once credits run out', async () => {
    await store.insert('subscriptions', { id: subscriptionId('u_1', 'report.resolved'), userId: 'u_1', kind: 'report.resolved', credits: 1 });
    const { api, sent } = fakeSubscribe();
    const notifier = make(api);
    await notifier.notify(notice);
    await notifier.notify(notice);
    expect(sent).toEqual([expect.objectContaining({ touser: 'o-wang', templateId: 'tmpl-1', page: notice.link })]);
    expect(await store.count('inbox', { userId: 'u_1' })).toBe(2);
    expect(await store.get('subscriptions', subscriptionId('u_1', 'report.resolved'))).toMatchObject({ credits: 0 });
  });

  it('sends nothing without a consent, or for a kind without a template', async () => {
    const { api, sent } = fakeSubscribe();
    await make(api).notify(notice);
    await make(api).notify({ ...notice, kind: 'inbox.other' });
    expect(sent).toEqual([]);
    expect(await store.count('inbox', { userId: 'u_1' })).toBe(2);
  });

  it('offers its configured templates by notice kind', () => {
    expect(make(fakeSubscribe().api).templates()).toEqual([{ kind: 'report.resolved', templateId: 'tmpl-1' }]);
  });

  it('does not fail the action when WeChat refuses the message', async () => {
    await store.insert('subscriptions', { id: subscriptionId('u_1', 'report.resolved'), userId: 'u_1', kind: 'report.resolved', credits: 2 });
    const { api } = fakeSubscribe(true);
    await expect(make(api).notify(notice)).resolves.toBeUndefined();
    expect(await store.count('inbox', { userId: 'u_1' })).toBe(1);
  });

  it('fits template text into the 20-character limit of a thing field', () => {
    const long = { ...notice, body: '这是一段非常非常长的正文内容，超过二十个字符以后应当被截断处理' };
    const data = templateData(long, { templateId: 't' }, 0);
    expect(Array.from(data.thing2.value).length).toBeLessThanOrEqual(20);
    expect(long.body.startsWith(data.thing2.value.slice(0, -1))).toBe(true);
  });
});
