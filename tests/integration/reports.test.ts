// 随手拍 end to end through the dispatcher on real SQLite: file → route → handle → verify → publish, and who may
// do each step.
import { routeToGrid } from '../../src/domain/reports/rules';
import { HOUR_MS } from '../../src/domain/reports/categories';
import { renderNote } from '../../src/domain/messages';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { fileReport, idOf, inboxKinds, photoOf, SPOT_DUTY, SPOT_G2, stored } from './reports-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string } }) => (envelope.ok ? null : envelope.error);

describe('the report loop', () => {
  it('routes a resident report to grid 2, is handled, rejected once, fixed again and confirmed, then published', async () => {
    const wang = world.demo('resident-wang');
    const worker = world.demo('worker-g2');
    const start = world.clock.now();
    const id = await fileReport(world, 'resident-wang');

    expect(await stored(world, id)).toMatchObject({ gridId: 'g-2', level: 'grid', status: 'submitted', dueAt: start + 48 * HOUR_MS, reporterId: idOf('resident-wang') });
    expect(await inboxKinds(world, 'worker-g2')).toContain('report.submitted');
    expect(await inboxKinds(world, 'worker-g1')).not.toContain('report.submitted');
    expect(dataOf(await worker('reports.queue')).map((item) => item.id)).toContain(id);
    expect(dataOf(await world.demo('worker-g1')('reports.queue')).map((item) => item.id)).not.toContain(id);

    world.clock.advance(HOUR_MS);
    expect(dataOf(await worker('reports.accept', { reportId: id }))).toEqual({ id, status: 'accepted' });
    expect(errorOf(await worker('reports.accept', { reportId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'report.invalidTransition' });
    expect(await inboxKinds(world, 'resident-wang')).toContain('report.accepted');
    world.clock.advance(HOUR_MS);
    dataOf(await worker('reports.start', { reportId: id }));
    world.clock.advance(HOUR_MS);
    const after = await photoOf(world, 'worker-g2');
    expect(dataOf(await worker('reports.resolve', { reportId: id, afterPhotoIds: [after], note: '已清运' }))).toEqual({ id, status: 'resolved' });
    expect(await inboxKinds(world, 'resident-wang')).toContain('report.resolved');

    const detail = dataOf(await wang('reports.detail', { reportId: id }));
    expect(detail).toMatchObject({ mine: true, status: 'resolved', resolutionNote: '已清运', can: { verify: true } });
    expect(detail.afterPhotoUrls).toHaveLength(1);

    world.clock.advance(HOUR_MS);
    expect(dataOf(await wang('reports.verify', { reportId: id, decision: 'reject', reason: '门口还有两袋没清走' }))).toEqual({ id, status: 'in_progress' });
    expect(await inboxKinds(world, 'worker-g2')).toContain('report.rejected');
    expect((await stored(world, id)).rejections).toBe(1);

    world.clock.advance(HOUR_MS);
    dataOf(await worker('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已全部清运' }));
    world.clock.advance(HOUR_MS);
    expect(dataOf(await wang('reports.verify', { reportId: id, decision: 'confirm' }))).toEqual({ id, status: 'closed' });
    expect((await stored(world, id)).closedAt).toBe(world.clock.now());
    expect(await inboxKinds(world, 'worker-g2')).toContain('report.closed');

    const closed = dataOf(await world.demo('resident-li')('reports.publicList', { status: 'closed' }));
    const published = closed.items.find((item) => item.id === id)!;
    expect(published.status).toBe('closed');
    expect(published.timeline.map((entry) => entry.kind)).toEqual(['submitted', 'accepted', 'started', 'resolved', 'rejected', 'resolved', 'confirmed']);
    expect(published.timeline.find((entry) => entry.kind === 'rejected')?.note).toBe('门口还有两袋没清走');
    expect(dataOf(await world.demo('resident-li')('reports.publicList', { status: 'open' })).items.map((item) => item.id)).not.toContain(id);
    expect(dataOf(await worker('reports.queue')).map((item) => item.id)).not.toContain(id);
  });

  it('sends a spot outside every grid to the duty queue of the committee', async () => {
    const id = await fileReport(world, 'resident-wang', { ...SPOT_DUTY, category: 'sewage', address: '南门外' });
    expect(await stored(world, id)).toMatchObject({ gridId: null, level: 'community' });
    expect(dataOf(await world.demo('committee-liu')('reports.queue')).map((item) => item.id)).toContain(id);
    for (const key of ['worker-g1', 'worker-g2', 'worker-g3']) {
      expect(dataOf(await world.demo(key)('reports.queue')).map((item) => item.id)).not.toContain(id);
    }
    expect(await inboxKinds(world, 'committee-chen')).toContain('report.submitted');
    expect(await inboxKinds(world, 'committee-liu')).toContain('report.submitted');
    expect(errorOf(await world.demo('worker-g2')('reports.accept', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(dataOf(await world.demo('committee-liu')('reports.accept', { reportId: id })).status).toBe('accepted');
  });

  it('tells whoever works the grid when the case is filed, even when the grid’s workers changed after earlier cases', async () => {
    await fileReport(world, 'resident-wang');
    // Workers are not part of the kept layout: a grid given another worker (here by hand, as an operator does)
    // sends its next case to them, with no restamp.
    await world.ports.store.update('grids', 'g-2', { workerIds: [idOf('worker-g1')] });
    const id = await fileReport(world, 'resident-li');
    const told = async (key: string) => (await world.ports.store.find<{ id: string; link?: string }>('inbox', { userId: idOf(key), kind: 'report.submitted' })).some((notice) => notice.link?.includes(id));
    expect(await told('worker-g1')).toBe(true);
    expect(await told('worker-g2')).toBe(false);
  });

  it('escalates grid → community → street, each level taking over and telling the next', async () => {
    const id = await fileReport(world, 'resident-wang', { category: 'illegal_structure', description: '有人在绿化带里搭了彩钢棚' });
    const worker = world.demo('worker-g2');
    dataOf(await worker('reports.accept', { reportId: id }));
    expect(dataOf(await worker('reports.escalate', { reportId: id, reason: '涉及违建，需社区协调' }))).toEqual({ id, status: 'submitted' });
    expect(await stored(world, id)).toMatchObject({ level: 'community', gridId: 'g-2' });
    expect(errorOf(await worker('reports.start', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await inboxKinds(world, 'committee-chen')).toContain('report.escalated');
    expect(dataOf(await world.demo('committee-chen')('reports.queue')).map((item) => item.id)).toContain(id);

    dataOf(await world.demo('committee-chen')('reports.escalate', { reportId: id, reason: '需街道城管执法' }));
    expect((await stored(world, id)).level).toBe('street');
    expect(await inboxKinds(world, 'street-officer')).toContain('report.escalated');
    expect(errorOf(await world.demo('committee-chen')('reports.accept', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    const street = world.demo('street-officer');
    expect(dataOf(await street('reports.queue')).map((item) => item.id)).toContain(id);
    expect(errorOf(await street('reports.escalate', { reportId: id, reason: '再往上' }))).toMatchObject({ code: 'CONFLICT', reason: 'report.topLevel' });
    dataOf(await street('reports.accept', { reportId: id }));
    dataOf(await street('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'street-officer')], note: '已依法拆除' }));
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id })).timeline.map((entry) => entry.kind)).toEqual([
      'submitted', 'accepted', 'escalated', 'escalated', 'accepted', 'resolved',
    ]);
  });

  it('lets only one of two workers win a race to accept', async () => {
    const id = await fileReport(world, 'resident-wang');
    const results = await Promise.all([world.demo('worker-g2')('reports.accept', { reportId: id }), world.demo('committee-chen')('reports.accept', { reportId: id })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await world.ports.store.count('reportEvents', { reportId: id, kind: 'accepted' })).toBe(1);
  });
});

describe('who may touch a case', () => {
  it('lets only the reporter verify, and only the assigned grid worker or the committee handle', async () => {
    const id = await fileReport(world, 'resident-wang');
    expect(errorOf(await world.demo('worker-g1')('reports.accept', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.demo('street-officer')('reports.accept', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.demo('resident-li')('reports.accept', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    dataOf(await world.demo('committee-chen')('reports.accept', { reportId: id }));
    dataOf(await world.demo('worker-g2')('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已清理' }));
    for (const key of ['resident-li', 'worker-g2', 'committee-chen']) {
      expect(errorOf(await world.demo(key)('reports.verify', { reportId: id, decision: 'confirm' }))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(dataOf(await world.demo('resident-wang')('reports.verify', { reportId: id, decision: 'confirm' })).status).toBe('closed');
  });

  it('answers NOT_FOUND to another community, so a case never leaks', async () => {
    const id = await fileReport(world, 'resident-wang');
    expect(errorOf(await world.demo('heping-resident')('reports.detail', { reportId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('heping-resident')('reports.support', { reportId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('heping-committee')('reports.accept', { reportId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('heping-committee')('reports.hide', { reportId: id, hidden: true, reason: '测试' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('resident-wang')('reports.detail', { reportId: 'r-nope' }))).toMatchObject({ code: 'NOT_FOUND' });
    const heping = dataOf(await world.demo('heping-resident')('reports.publicList'));
    expect(heping.items.map((item) => item.id)).not.toContain(id);
    expect(heping.items.every((item) => item.id === 'r-demo-10')).toBe(true);
  });

  it('never puts the reporter id, openid, phone or handler id in what other residents see', async () => {
    const anonymous = await fileReport(world, 'resident-wang');
    const named = await fileReport(world, 'resident-wang', { showName: true, category: 'litter', description: '路边有很多烟头' });
    dataOf(await world.demo('worker-g2')('reports.accept', { reportId: anonymous }));
    const li = world.demo('resident-li');
    const list = dataOf(await li('reports.publicList'));
    const details = [dataOf(await li('reports.detail', { reportId: anonymous })), dataOf(await li('reports.detail', { reportId: named }))];
    const text = JSON.stringify({ list, details });
    for (const secret of [idOf('resident-wang'), 'demo:resident-wang', '13800000001', idOf('worker-g2'), 'demo:worker-g2']) {
      expect(text).not.toContain(secret);
    }
    expect(list.items.find((item) => item.id === anonymous)?.reporterName).toBeNull();
    expect(list.items.find((item) => item.id === named)?.reporterName).toBe('王阿姨');
    expect(details[0]).toMatchObject({ mine: false, can: { verify: false, support: true, accept: false } });
  });

  it('refuses text or photos that fail content security, and photos that are not the caller’s', async () => {
    const wang = world.demo('resident-wang');
    const base = { category: 'clutter' as const, ...SPOT_G2, address: '5栋' };
    expect(errorOf(await wang('reports.create', { ...base, description: '这里有人违禁词测试', photoIds: [await photoOf(world, 'resident-wang')] }))).toMatchObject({ code: 'CONTENT_REJECTED' });
    expect(errorOf(await wang('reports.create', { ...base, description: '楼道堆物', photoIds: [await photoOf(world, 'resident-li')] }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await wang('reports.create', { ...base, description: '楼道堆物', photoIds: ['local/0000000000000000.png'] }))).toMatchObject({ code: 'INVALID_INPUT', fields: { photoIds: expect.any(String) } });
    world.ports.contentCheck = { ...world.ports.contentCheck, checkImage: async () => ({ verdict: 'reject' }) };
    const refused = errorOf(await wang('reports.create', { ...base, description: '楼道堆物', photoIds: [await photoOf(world, 'resident-wang')] }));
    expect(refused).toMatchObject({ code: 'CONTENT_REJECTED', message: expect.stringMatching(/照片/) });
    expect(await world.ports.store.count('reports', { reporterId: idOf('resident-wang'), description: '楼道堆物' })).toBe(0);
  });
});

describe('a case’s timeline', () => {
  it('starts with the filing its record carries, in the role the reporter filed in, with no event written for it', async () => {
    const id = await fileReport(world, 'resident-wang');
    const own = await fileReport(world, 'worker-g2');
    expect(await world.ports.store.count('reportEvents', { reportId: id })).toBe(0);
    const { createdAt } = await stored(world, id);
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id })).timeline).toEqual([{ kind: 'submitted', status: 'submitted', actorRole: 'resident', at: createdAt }]);
    expect(dataOf(await world.demo('worker-g2')('reports.detail', { reportId: own })).timeline[0]).toMatchObject({ kind: 'submitted', actorRole: 'grid_worker' });
  });

  it('shows a case filed before the record carried its filing with its stored first event, once', async () => {
    const id = await fileReport(world, 'resident-wang');
    const { createdAt } = await stored(world, id);
    await world.ports.store.insert('reportEvents', { id: `${id}:legacy`, reportId: id, kind: 'submitted', status: 'submitted', actorId: idOf('resident-wang'), actorRole: 'resident', at: createdAt });
    world.clock.advance(HOUR_MS);
    dataOf(await world.demo('worker-g2')('reports.accept', { reportId: id }));
    const kinds = dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id })).timeline.map((entry) => entry.kind);
    expect(kinds).toEqual(['submitted', 'accepted']);
  });
});

describe('filing on behalf of a resident (代办)', () => {
  it('records the worker as filer, keeps the resident’s name off the public timeline, and lets the worker verify', async () => {
    const worker = world.demo('worker-g2');
    const { id } = dataOf(await worker('reports.createOnBehalf', {
      category: 'facility', description: '单元门禁坏了关不上', photoIds: [await photoOf(world, 'worker-g2')], ...SPOT_G2, address: '5栋1单元门禁', onBehalfOf: '5栋 李奶奶',
    }));
    expect(await stored(world, id)).toMatchObject({ reporterId: idOf('worker-g2'), filedBy: { userId: idOf('worker-g2'), onBehalfOf: '5栋 李奶奶' } });
    expect(errorOf(await world.demo('resident-wang')('reports.createOnBehalf', {
      category: 'facility', description: '门禁坏了', photoIds: [await photoOf(world, 'resident-wang')], ...SPOT_G2, address: '5栋', onBehalfOf: '邻居',
    }))).toMatchObject({ code: 'FORBIDDEN' });

    const own = dataOf(await worker('reports.detail', { reportId: id }));
    expect(own).toMatchObject({ filedOnBehalf: true, mine: true });
    expect(own.timeline[0]!.kind).toBe('submitted');
    expect(renderNote(own.timeline[0]!.note ?? '', 'zh')).toBe('代办：5栋 李奶奶');
    const seen = dataOf(await world.demo('resident-li')('reports.detail', { reportId: id }));
    expect(JSON.stringify(seen)).not.toContain('李奶奶');
    expect(seen.reporterName).toBeNull();
    expect(dataOf(await worker('reports.mine')).items.map((item) => item.id)).toContain(id);

    dataOf(await worker('reports.accept', { reportId: id }));
    dataOf(await worker('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已报修更换' }));
    expect(dataOf(await worker('reports.verify', { reportId: id, decision: 'confirm' })).status).toBe('closed');
  });
});

describe('lists', () => {
  it('pages my reports and the public list newest first with a (createdAt, id) cursor', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 23; n += 1) {
      world.clock.advance(60_000);
      ids.push(await fileReport(world, 'resident-zhao', { category: 'litter', description: `第${n + 1}处烟头`, lat: 30.66 + n * 0.00005 }));
    }
    const first = dataOf(await world.demo('resident-zhao')('reports.mine'));
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.id).toBe(ids[22]);
    const second = dataOf(await world.demo('resident-zhao')('reports.mine', { before: first.nextBefore! }));
    // The rest of the second page: 赵大爷's seeded cases, older than today's.
    expect(second.items.map((item) => item.id)).toEqual([ids[2], ids[1], ids[0], 'r-demo-08', 'r-demo-07', 'r-demo-01']);
    expect(second.nextBefore).toBeNull();

    const publicFirst = dataOf(await world.demo('resident-li')('reports.publicList', { status: 'open' }));
    expect(publicFirst.items.map((item) => item.id)).toEqual([...ids].reverse().slice(0, 20));
    expect(publicFirst.nextBefore).not.toBeNull();
  });

  it('pages through cases filed in the same millisecond without skipping or repeating one', async () => {
    world.clock.advance(60_000);
    const filed = await Promise.all(
      Array.from({ length: 45 }, (_, n) =>
        fileReport(world, 'resident-zhao', { category: 'litter', description: `同一时刻第${n + 1}处`, lat: 30.66 + n * 0.00005 }),
      ),
    );
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = dataOf(await world.demo('resident-zhao')('reports.mine', before === undefined ? {} : { before }));
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore ?? undefined;
    } while (before !== undefined);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, filed.length).sort()).toEqual([...filed].sort());
    expect(seen).toHaveLength(filed.length + 3);
  });

  it('answers a structured error for a cursor that is not one', async () => {
    expect(errorOf(await world.demo('resident-zhao')('reports.mine', { before: 'drop table' }))).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('puts overdue cases first in a worker’s queue and filters to overdue only', async () => {
    const fresh = await fileReport(world, 'resident-wang', { category: 'illegal_structure', description: '新搭的棚子' });
    const queue = dataOf(await world.demo('worker-g2')('reports.queue'));
    const firstOnTime = queue.findIndex((item) => !item.overdue);
    expect(firstOnTime).toBeGreaterThan(0);
    expect(queue.slice(firstOnTime).every((item) => !item.overdue)).toBe(true);
    const onTime = queue.slice(firstOnTime);
    expect(onTime.map((item) => item.dueAt)).toEqual([...onTime.map((item) => item.dueAt)].sort((a, b) => a - b));
    expect(onTime.map((item) => item.id)).toContain(fresh);
    const overdue = dataOf(await world.demo('worker-g2')('reports.queue', { overdueOnly: true }));
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((item) => item.overdue)).toBe(true);
    expect(overdue.map((item) => item.id)).not.toContain(fresh);
  });

  it('gives the caller’s community map with its grids and its buildings’ outlines (each inside its grid)', async () => {
    const map = dataOf(await world.demo('resident-wang')('reports.map'));
    expect(map).toMatchObject({ communityId: 'c-xingfuli', name: '幸福里社区', center: { lat: 30.66, lng: 104.08 } });
    expect(map.grids.map((grid) => grid.id)).toEqual(['g-1', 'g-2', 'g-3']);
    expect(map.buildings.map((building) => building.name).sort()).toEqual(['1栋', '2栋', '3栋', '4栋', '5栋', '6栋', '7栋', '8栋']);
    const five = map.buildings.find((building) => building.name === '5栋')!;
    const [lng, lat] = five.footprint[0]!;
    expect(routeToGrid({ lat, lng }, map.grids)).toBe('g-2');
    expect(dataOf(await world.demo('heping-resident')('reports.map')).grids.map((grid) => grid.id)).toEqual(['g-h1']);
  });
});
