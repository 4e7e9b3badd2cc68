// 公告 through the dispatcher over SQLite: who may publish where and to whom, who sees what and when, the version
// rule, pushes to the audience, and isolation between communities.
import { applyMediaVerdict } from '../../cloud/kit/content';
import type { ContentCheck } from '../../cloud/ports';
import type { Notice } from '../../src/domain/notices/types';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { feedIds, publish, WATER_CUT } from './notices-world';
import { idOf, inboxKinds, photoOf } from './reports-world';

const HOUR = 3_600_000;
let world: DemoWorld;

beforeEach(async () => {
  world = await demoWorld();
});
afterEach(async () => {
  await world.close();
});

describe('notices.publish', () => {
  it('reaches the buildings it names and nobody else: a 5栋 resident neither lists nor opens a 3栋 notice', async () => {
    const id = await publish(world);
    expect(await feedIds(world, 'resident-qian')).toContain(id);
    expect(await feedIds(world, 'worker-g1')).toContain(id);
    expect(await feedIds(world, 'committee-chen')).toContain(id);
    expect(await feedIds(world, 'resident-wang')).not.toContain(id);
    expect(await feedIds(world, 'worker-g2')).not.toContain(id);
    expect(await world.demo('resident-wang')('notices.detail', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notice.notFound' } });
  });

  it('never shows a resident of grid 1 a notice addressed only to grid 2', async () => {
    const id = await publish(world, { category: 'event', title: '第二网格卫生大清除', audience: { level: 'grid', ids: ['g-2'] } });
    expect(await feedIds(world, 'resident-zhao')).not.toContain(id);
    expect(await feedIds(world, 'resident-zhao', 'notices.list')).not.toContain(id);
    expect(await world.demo('resident-zhao')('notices.detail', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await feedIds(world, 'resident-wang')).toContain(id);
  });

  it('answers NOT_FOUND to another community, whose feed never holds the notice', async () => {
    const id = await publish(world, { audience: { level: 'community' } });
    expect(await world.demo('heping-resident')('notices.detail', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await world.demo('heping-committee')('notices.readStats', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await world.demo('heping-committee')('notices.edit', { noticeId: id, version: 1, title: '改', body: '改' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await feedIds(world, 'heping-resident', 'notices.list')).not.toContain(id);
  });

  it('refuses an audience naming a grid or building of another community', async () => {
    for (const audience of [{ level: 'grid', ids: ['g-1', 'g-h1'] }, { level: 'building', ids: ['b-h1'] }] as const) {
      expect(await world.demo('committee-chen')('notices.publish', { ...WATER_CUT, audience: { ...audience, ids: [...audience.ids] } })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', reason: 'scope.unknownPlace', fields: { audience: 'scope.unknownPlace' } },
      });
    }
  });

  it('lets the street office publish in any community of its street, and a committee only in its own', async () => {
    const id = dataOf(await world.demo('street-officer')('notices.publish', { ...WATER_CUT, communityId: 'c-heping', audience: { level: 'community' } })).id;
    expect(await feedIds(world, 'heping-resident')).toContain(id);
    expect(await world.demo('committee-chen')('notices.publish', { ...WATER_CUT, communityId: 'c-heping', audience: { level: 'community' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notice.communityNotFound' },
    });
  });

  it('forbids residents and grid workers from publishing', async () => {
    for (const key of ['resident-wang', 'worker-g1']) {
      expect(await world.demo(key)('notices.publish', WATER_CUT)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses text that fails content security, and an empty body naming the field', async () => {
    expect(await world.demo('committee-chen')('notices.publish', { ...WATER_CUT, body: '违禁词测试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } });
    expect(await world.demo('committee-chen')('notices.publish', { ...WATER_CUT, body: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { body: 'notice.bodyRequired' } },
    });
  });

  it('shows an image only once WeChat’s verdict passed it, the push landing on the notice', async () => {
    const pending: ContentCheck = { checkText: world.ports.contentCheck.checkText, checkImage: async () => ({ verdict: 'pending', traceId: 'trace-notice' }) };
    world.ports.contentCheck = pending;
    const id = await publish(world, { imageIds: [await photoOf(world, 'committee-chen')] });
    expect(dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id })).imageUrls).toEqual([]);
    expect(dataOf(await world.demo('committee-chen')('notices.detail', { noticeId: id })).pendingImageCount).toBe(1);
    expect(await applyMediaVerdict(world.ports, 'trace-notice', 'pass')).toBe(true);
    expect(dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id })).imageUrls).toHaveLength(1);
  });

  it('pushes an important notice to each resident of the audience once, not to others nor to its author', async () => {
    await publish(world, { important: true });
    expect(await inboxKinds(world, 'resident-qian')).toEqual(['notice.published']);
    expect(await inboxKinds(world, 'resident-wang')).not.toContain('notice.published');
    expect(await inboxKinds(world, 'committee-chen')).not.toContain('notice.published');
  });

  it('refuses an expiry before publishing, and an important notice scheduled for later', async () => {
    const now = world.clock.now();
    expect(await world.demo('committee-chen')('notices.publish', { ...WATER_CUT, expiresAt: now - 1 })).toMatchObject({ ok: false, error: { fields: { expiresAt: 'notice.expiresBeforePublish' } } });
    expect(await world.demo('committee-chen')('notices.publish', { ...WATER_CUT, important: true, publishAt: now + HOUR })).toMatchObject({
      ok: false,
      error: { fields: { important: 'notice.importantIsImmediate' } },
    });
  });
});

describe('notices.feed and notices.list', () => {
  it('puts pinned notices first, then the newest; the list holds all, newest first', async () => {
    const older = await publish(world, { title: '旧通知', audience: { level: 'community' } });
    world.clock.advance(HOUR);
    const pinned = await publish(world, { title: '置顶通知', audience: { level: 'community' }, pinned: true });
    world.clock.advance(HOUR);
    const newest = await publish(world, { title: '最新通知', audience: { level: 'community' } });
    const feed = (await feedIds(world, 'resident-qian')).filter((id) => [older, pinned, newest].includes(id));
    expect(feed).toEqual([pinned, newest, older]);
    const list = (await feedIds(world, 'resident-qian', 'notices.list')).filter((id) => [older, pinned, newest].includes(id));
    expect(list).toEqual([newest, pinned, older]);
  });

  it('drops an expired notice from the home feed and keeps it in the full list', async () => {
    const id = await publish(world, { expiresAt: world.clock.now() + HOUR });
    expect(await feedIds(world, 'resident-qian')).toContain(id);
    world.clock.advance(HOUR);
    expect(await feedIds(world, 'resident-qian')).not.toContain(id);
    const row = dataOf(await world.demo('resident-qian')('notices.list', {})).items.find((item) => item.id === id);
    expect(row).toMatchObject({ expired: true });
  });

  it('keeps a scheduled notice from residents until its time; the committee sees it in the list only', async () => {
    const id = await publish(world, { publishAt: world.clock.now() + 2 * HOUR });
    expect(await feedIds(world, 'resident-qian')).not.toContain(id);
    expect(await feedIds(world, 'resident-qian', 'notices.list')).not.toContain(id);
    expect(await world.demo('resident-qian')('notices.detail', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dataOf(await world.demo('committee-chen')('notices.list', {})).items.find((item) => item.id === id)).toMatchObject({ scheduled: true });
    expect(await feedIds(world, 'committee-chen')).not.toContain(id);
    world.clock.advance(2 * HOUR);
    expect(await feedIds(world, 'resident-qian')).toContain(id);
  });

  it('marks a notice unread until the person opens it, for that person only', async () => {
    const id = await publish(world);
    const unread = async (key: string) => dataOf(await world.demo(key)('notices.feed', {})).items.find((item) => item.id === id)?.unread;
    expect(await unread('resident-qian')).toBe(true);
    dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id }));
    expect(await unread('resident-qian')).toBe(false);
    expect(await unread('worker-g1')).toBe(true);
  });

  it('pages through many notices without skipping or repeating one, even within one millisecond', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 45; n += 1) {
      ids.push(await publish(world, { title: `通知${n}`, audience: { level: n % 2 ? 'community' : 'grid', ids: ['g-1'] } as never }));
      if (n % 10 === 0) world.clock.advance(1);
    }
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = dataOf(await world.demo('resident-qian')('notices.list', before ? { before } : {}));
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    const mine = seen.filter((id) => ids.includes(id));
    expect(new Set(mine).size).toBe(mine.length);
    expect(new Set(mine)).toEqual(new Set(ids));
  });

  it('withdraws a notice: residents lose it, the committee still sees it marked', async () => {
    const id = await publish(world);
    dataOf(await world.demo('committee-chen')('notices.withdraw', { noticeId: id }));
    expect(await feedIds(world, 'resident-qian', 'notices.list')).not.toContain(id);
    expect(await world.demo('resident-qian')('notices.detail', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dataOf(await world.demo('committee-chen')('notices.list', {})).items.find((item) => item.id === id)).toMatchObject({ withdrawn: true });
    expect(await world.demo('committee-chen')('notices.withdraw', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('notices.edit', () => {
  const PUBLICITY = { category: 'publicity', title: '微更新设计方案公示', body: '公示期为7天。', audience: { level: 'community' } } as const;

  it('turns a change to a 公示 into a new version: readers see 已修改 and the earlier text', async () => {
    const id = await publish(world, PUBLICITY);
    world.clock.advance(HOUR);
    expect(dataOf(await world.demo('committee-chen')('notices.edit', { noticeId: id, version: 1, title: PUBLICITY.title, body: '公示期为10天。' }))).toEqual({ id, version: 2 });
    const seen = dataOf(await world.demo('resident-wang')('notices.detail', { noticeId: id }));
    expect(seen).toMatchObject({ edited: true, version: 2, body: ['公示期为10天。'] });
    expect(seen.history).toEqual([expect.objectContaining({ version: 1, body: ['公示期为7天。'], replacedAt: world.clock.now() })]);
  });

  it('changes pin and expiry in place, without a version', async () => {
    const id = await publish(world, PUBLICITY);
    const text = { title: PUBLICITY.title, body: PUBLICITY.body };
    expect(dataOf(await world.demo('committee-chen')('notices.edit', { noticeId: id, version: 1, ...text, pinned: true }))).toEqual({ id, version: 1 });
    const first = dataOf(await world.demo('resident-wang')('notices.feed', {})).items[0];
    expect(first).toMatchObject({ id, pinned: true, edited: false });
  });

  it('refuses an edit made on a version someone else already replaced', async () => {
    const id = await publish(world, PUBLICITY);
    dataOf(await world.demo('committee-chen')('notices.edit', { noticeId: id, version: 1, title: PUBLICITY.title, body: '公示期为10天。' }));
    expect(await world.demo('committee-liu')('notices.edit', { noticeId: id, version: 1, title: PUBLICITY.title, body: '公示期为14天。' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'notice.stale' },
    });
    const stored = await world.sqlite.get<Notice>('notices', id);
    expect(stored?.body).toEqual(['公示期为10天。']);
  });
});

describe('places.tree', () => {
  it('gives the committee its grids and their buildings for the audience picker, and nobody else’s', async () => {
    const tree = dataOf(await world.demo('committee-chen')('places.tree', {}));
    expect(tree.grids.map((grid) => grid.name)).toEqual(['第一网格', '第二网格', '第三网格']);
    expect(tree.grids[0]!.buildings.map((building) => building.name)).toEqual(['1栋', '2栋', '3栋']);
    expect(await world.demo('committee-chen')('places.tree', { communityId: 'c-heping' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await world.demo('resident-wang')('places.tree', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

it('never reveals who published or read a notice to a resident', async () => {
  const id = await publish(world, { audience: { level: 'community' } });
  dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id }));
  const text = JSON.stringify([await world.demo('resident-wang')('notices.detail', { noticeId: id }), await world.demo('resident-wang')('notices.feed', {})]);
  expect(text).not.toContain(idOf('committee-chen'));
  expect(text).not.toContain(idOf('resident-qian'));
});
