// Subscription messages through the dispatcher: the templates a person accepts become one credit each, and the
// WeChat notifier sends exactly as many messages as there were consents while the inbox gets every notice.
import { createWxNotifier, type WxSubscribeApi } from '../../cloud/adapters/wx/wxNotifier';
import { addCredit } from '../../cloud/handlers/notifications/addCredit';
import type { Store } from '../../cloud/ports';
import { subscriptionId, type SubscriptionDoc } from '../../cloud/ports/subscriptions';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { fileReport, idOf, inboxKinds } from './reports-world';

const TEMPLATES = { 'report.accepted': { templateId: 'tmpl-accepted' }, 'report.resolved': { templateId: 'tmpl-resolved' } };

let world: DemoWorld;
let sent: Array<{ touser: string; templateId: string }>;
beforeEach(async () => {
  world = await demoWorld();
  sent = [];
  const subscribeMessage: WxSubscribeApi = { send: async (options) => void sent.push(options) };
  world.ports.notifier = createWxNotifier({ subscribeMessage, store: world.ports.store, clock: world.clock, templates: TEMPLATES, log: () => undefined });
});
afterEach(() => world.close());

const creditsOf = async (key: string, kind: string): Promise<number> =>
  (await world.ports.store.get<SubscriptionDoc>('subscriptions', subscriptionId(idOf(key), kind)))?.credits ?? 0;

describe('notifications.templates', () => {
  it('lists the configured templates by notice kind', async () => {
    expect(dataOf(await world.demo('resident-wang')('notifications.templates'))).toEqual([
      { kind: 'report.accepted', templateId: 'tmpl-accepted' },
      { kind: 'report.resolved', templateId: 'tmpl-resolved' },
    ]);
  });

  it('lists none where notices only reach the inbox', async () => {
    const local = await demoWorld();
    try {
      expect(dataOf(await local.demo('resident-wang')('notifications.templates'))).toEqual([]);
    } finally {
      await local.close();
    }
  });
});

describe('notifications.subscribe', () => {
  it('grants nothing for template ids it does not use', async () => {
    expect(dataOf(await world.demo('resident-wang')('notifications.subscribe', { accepted: ['tmpl-unknown'] }))).toEqual({ granted: [] });
    expect(await world.ports.store.count('subscriptions', {})).toBe(0);
  });

  it('grants one credit per accepted template, to the caller only', async () => {
    const granted = dataOf(await world.demo('resident-wang')('notifications.subscribe', { accepted: ['tmpl-accepted', 'tmpl-resolved', 'tmpl-unknown'] }));
    expect(granted).toEqual({ granted: ['report.accepted', 'report.resolved'] });
    expect(await creditsOf('resident-wang', 'report.accepted')).toBe(1);
    expect(await creditsOf('resident-wang', 'report.resolved')).toBe(1);
    expect(await creditsOf('worker-g2', 'report.accepted')).toBe(0);
  });

  it('adds up: two consents are two credits, even when granted at once', async () => {
    const wang = world.demo('resident-wang');
    dataOf(await wang('notifications.subscribe', { accepted: ['tmpl-accepted'] }));
    dataOf(await wang('notifications.subscribe', { accepted: ['tmpl-accepted'] }));
    expect(await creditsOf('resident-wang', 'report.accepted')).toBe(2);
    await Promise.all([wang('notifications.subscribe', { accepted: ['tmpl-resolved'] }), wang('notifications.subscribe', { accepted: ['tmpl-resolved'] })]);
    expect(await creditsOf('resident-wang', 'report.resolved')).toBe(2);
  });

  it('refuses more templates than one WeChat request can offer', async () => {
    const envelope = await world.demo('resident-wang')('notifications.subscribe', { accepted: ['a', 'b', 'c', 'd'] });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('addCredit', () => {
  it('still counts a first grant that lost the race to create the record', async () => {
    const store = world.ports.store;
    const userId = idOf('resident-wang');
    let raced = false;
    const racing: Store = {
      ...store,
      async transaction(fn) {
        if (raced) return store.transaction(fn);
        raced = true;
        // Another grant lands between this one's read (nothing yet) and its insert.
        await store.insert<SubscriptionDoc>('subscriptions', { id: subscriptionId(userId, 'report.accepted'), userId, kind: 'report.accepted', credits: 1 });
        return store.transaction((tx) => fn({ ...tx, get: async () => null }));
      },
    };
    await addCredit(racing, userId, 'report.accepted');
    expect(await creditsOf('resident-wang', 'report.accepted')).toBe(2);
  });
});

describe('one subscription message per consent', () => {
  it('sends as many messages as the reporter accepted, and every notice still reaches the inbox', async () => {
    const wang = world.demo('resident-wang');
    dataOf(await wang('notifications.subscribe', { accepted: ['tmpl-accepted'] }));
    dataOf(await wang('notifications.subscribe', { accepted: ['tmpl-accepted'] }));
    const ids = [await fileReport(world, 'resident-wang'), await fileReport(world, 'resident-wang'), await fileReport(world, 'resident-wang')];

    for (const reportId of ids) dataOf(await world.demo('worker-g2')('reports.accept', { reportId }));

    expect(sent).toEqual([
      expect.objectContaining({ touser: 'demo:resident-wang', templateId: 'tmpl-accepted' }),
      expect.objectContaining({ touser: 'demo:resident-wang', templateId: 'tmpl-accepted' }),
    ]);
    expect((await inboxKinds(world, 'resident-wang')).filter((kind) => kind === 'report.accepted')).toHaveLength(3);
    expect(await creditsOf('resident-wang', 'report.accepted')).toBe(0);
  });
});

describe('notifications.templates by role', () => {
  it('offers each role only the kinds that reach it: handlers hear of new cases, residents do not', async () => {
    const all = { ...TEMPLATES, 'report.submitted': { templateId: 'tmpl-submitted' } };
    world.ports.notifier = createWxNotifier({ subscribeMessage: { send: async () => undefined }, store: world.ports.store, clock: world.clock, templates: all });
    const kindsFor = async (key: string) => dataOf(await world.demo(key)('notifications.templates')).map((template) => template.kind).sort();
    expect(await kindsFor('worker-g2')).toContain('report.submitted');
    expect(await kindsFor('resident-wang')).toEqual(['report.accepted', 'report.resolved']);
  });
});

describe('the inbox', () => {
  it('pages past the first screen, newest first, without skipping or repeating a notice', async () => {
    const userId = idOf('resident-wang');
    for (let n = 0; n < 45; n += 1) {
      await world.ports.store.insert('inbox', { id: `n-${String(n).padStart(2, '0')}`, userId, communityId: 'c-xingfuli', kind: 'report.started', params: {}, createdAt: 1_000 + Math.floor(n / 10), readAt: null });
    }
    const wang = world.demo('resident-wang');
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = dataOf(await wang('inbox.list', before ? { before } : {}));
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    const ours = seen.filter((id) => id.startsWith('n-'));
    expect(ours).toHaveLength(45);
    expect(new Set(ours).size).toBe(45);
  });

  it('marks every unread notice read at once', async () => {
    const userId = idOf('resident-wang');
    for (const id of ['a', 'b', 'c']) await world.ports.store.insert('inbox', { id, userId, communityId: 'c-xingfuli', kind: 'report.started', params: {}, createdAt: 5, readAt: null });
    expect(dataOf(await world.demo('resident-wang')('inbox.markRead', { all: true }))).toEqual({ unread: 0 });
  });

  it('never lets a failed notice undo or fail the decision that sent it', async () => {
    world.ports.notifier = { push: async () => Promise.reject(new Error('WeChat refused')), templates: () => [] };
    const visitor = world.as('wx:newcomer');
    dataOf(await visitor('privacy.consent', { version: '2026-11' }));
    dataOf(await visitor('profile.update', { nickname: '小何' }));
    const [household] = await world.ports.store.find<{ id: string }>('households', { communityId: 'c-xingfuli' }, { limit: 1 });
    const { requestId } = dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household!.id }));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(dataOf(await world.demo('committee-chen')('membership.decide', { requestId, decision: 'approve' })).status).toBe('approved');
    warn.mockRestore();
    expect(dataOf(await visitor('session.me')).membership?.communityId).toBe('c-xingfuli');
  });
});
