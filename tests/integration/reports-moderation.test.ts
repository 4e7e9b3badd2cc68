// The committee's side of 随手拍 and the rules that span a case's life: 督办 after three rejections, reopening
// within 30 days, duplicates, hiding, reassigning, and the filtered list.
import { DAY_MS } from '../../src/domain/reports/categories';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { fileReport, inboxKinds, photoOf, SPOT_DUTY, SPOT_G2, stored } from './reports-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string } }) => (envelope.ok ? null : envelope.error);

async function resolvedCase(reporter = 'resident-wang'): Promise<string> {
  const id = await fileReport(world, reporter);
  dataOf(await world.demo('worker-g2')('reports.accept', { reportId: id }));
  dataOf(await world.demo('worker-g2')('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已清理' }));
  return id;
}

async function closedCase(): Promise<string> {
  const id = await resolvedCase();
  dataOf(await world.demo('resident-wang')('reports.verify', { reportId: id, decision: 'confirm' }));
  return id;
}

describe('督办 after three rejections', () => {
  it('flags the case at the third rejection and tells the committee once', async () => {
    const id = await resolvedCase();
    const wang = world.demo('resident-wang');
    const worker = world.demo('worker-g2');
    for (let round = 1; round <= 3; round += 1) {
      dataOf(await wang('reports.verify', { reportId: id, decision: 'reject', reason: `第${round}次：还没清理干净` }));
      expect(await stored(world, id)).toMatchObject({ rejections: round, flagged: round >= 3, status: 'in_progress' });
      const flaggedNotices = (await inboxKinds(world, 'committee-chen')).filter((kind) => kind === 'report.flagged');
      expect(flaggedNotices).toHaveLength(round >= 3 ? 1 : 0);
      dataOf(await worker('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: `第${round + 1}次处理` }));
    }
    dataOf(await wang('reports.verify', { reportId: id, decision: 'reject', reason: '第4次：还是不行' }));
    expect((await inboxKinds(world, 'committee-chen')).filter((kind) => kind === 'report.flagged')).toHaveLength(1);
    expect(await inboxKinds(world, 'committee-liu')).toContain('report.flagged');
    const flagged = dataOf(await world.demo('committee-chen')('reports.adminList', { flagged: true }));
    expect(flagged.items.map((item) => item.id)).toEqual(expect.arrayContaining([id, 'r-demo-09']));
    expect(flagged.items.every((item) => item.flagged)).toBe(true);
  });

  it('refuses to verify a case that is not awaiting the check', async () => {
    const id = await fileReport(world, 'resident-wang');
    expect(errorOf(await world.demo('resident-wang')('reports.verify', { reportId: id, decision: 'confirm' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'report.invalidTransition',
      message: expect.stringContaining('待受理'),
    });
  });
});

describe('reopening a closed case (前清后涂)', () => {
  it('opens a new linked case at the same spot within 30 days, recorded on both timelines', async () => {
    const old = await closedCase();
    world.clock.advance(29 * DAY_MS);
    const li = world.demo('resident-li');
    const { id } = dataOf(await li('reports.reopen', { reportId: old, description: '没几天又堆上了', photoIds: [await photoOf(world, 'resident-li')] }));
    expect(id).not.toBe(old);
    const fresh = await stored(world, id);
    const previous = await stored(world, old);
    expect(fresh).toMatchObject({ reopenedFrom: old, status: 'submitted', gridId: 'g-2', category: previous.category, lat: previous.lat, lng: previous.lng, address: previous.address });
    expect(previous.status).toBe('closed');
    expect(dataOf(await li('reports.detail', { reportId: old })).timeline.at(-1)?.kind).toBe('reopened');
    expect(dataOf(await li('reports.detail', { reportId: id }))).toMatchObject({ reopenedFrom: old, timeline: [{ kind: 'reopened', status: 'submitted' }] });
    expect(await inboxKinds(world, 'worker-g2')).toContain('report.reopened');
    expect(errorOf(await li('reports.reopen', { reportId: old, description: '又来了' }))).toMatchObject({ code: 'CONFLICT', reason: 'report.alreadyReopened' });
  });

  it('refuses after 30 days, for a case not closed, and to another community', async () => {
    const old = await closedCase();
    expect(errorOf(await world.demo('heping-resident')('reports.reopen', { reportId: old, description: '又来了' }))).toMatchObject({ code: 'NOT_FOUND' });
    world.clock.advance(30 * DAY_MS + 1);
    expect(errorOf(await world.demo('resident-li')('reports.reopen', { reportId: old, description: '又来了' }))).toMatchObject({ code: 'CONFLICT', reason: 'report.reopenWindowPassed' });
    const open = await fileReport(world, 'resident-wang');
    expect(errorOf(await world.demo('resident-li')('reports.reopen', { reportId: open, description: '又来了' }))).toMatchObject({ code: 'CONFLICT', reason: 'report.onlyClosedReopen' });
  });
});

describe('duplicates', () => {
  it('closes a case as a duplicate of another case of the same community', async () => {
    const original = await fileReport(world, 'resident-wang');
    const copy = await fileReport(world, 'resident-li', { description: '5栋东边堆了好多垃圾' });
    const chen = world.demo('committee-chen');
    expect(errorOf(await chen('reports.markDuplicate', { reportId: copy, duplicateOf: copy }))).toMatchObject({ code: 'CONFLICT', reason: 'report.selfDuplicate' });
    expect(errorOf(await chen('reports.markDuplicate', { reportId: copy, duplicateOf: 'r-demo-10' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('worker-g2')('reports.markDuplicate', { reportId: copy, duplicateOf: original }))).toMatchObject({ code: 'FORBIDDEN' });
    // The committee types the case number people see, not the stored id.
    const originalNo = (await stored(world, original)).caseNo!;
    expect(originalNo).toMatch(/^\d{4}-\d{4}$/);
    expect(dataOf(await chen('reports.markDuplicate', { reportId: copy, duplicateOf: originalNo }))).toEqual({ id: copy, status: 'duplicate' });
    expect(await stored(world, copy)).toMatchObject({ status: 'duplicate', duplicateOf: original });
    expect(await inboxKinds(world, 'resident-li')).toContain('report.duplicate');
    const third = await fileReport(world, 'resident-zhao', { description: '又一条' });
    expect(errorOf(await chen('reports.markDuplicate', { reportId: third, duplicateOf: copy }))).toMatchObject({ code: 'CONFLICT', reason: 'report.duplicateOfDuplicate' });
    expect(errorOf(await chen('reports.markDuplicate', { reportId: copy, duplicateOf: third }))).toMatchObject({ code: 'CONFLICT', reason: 'report.invalidTransition' });
  });
});

describe('hiding abusive content', () => {
  it('removes a case from the public list and nearby offers but keeps it in staff lists', async () => {
    const id = await fileReport(world, 'resident-wang');
    const chen = world.demo('committee-chen');
    expect(errorOf(await world.demo('worker-g2')('reports.hide', { reportId: id, hidden: true, reason: '含辱骂内容' }))).toMatchObject({ code: 'FORBIDDEN' });
    dataOf(await chen('reports.hide', { reportId: id, hidden: true, reason: '含辱骂内容' }));
    const li = world.demo('resident-li');
    expect(dataOf(await li('reports.publicList')).items.map((item) => item.id)).not.toContain(id);
    expect(dataOf(await li('reports.nearby', { category: 'clutter', ...SPOT_G2 })).map((item) => item.id)).not.toContain(id);
    expect(errorOf(await li('reports.detail', { reportId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: id }))).toMatchObject({ hidden: true, mine: true });
    expect(dataOf(await world.demo('worker-g2')('reports.queue')).find((item) => item.id === id)).toMatchObject({ hidden: true });
    expect(dataOf(await chen('reports.adminList')).items.map((item) => item.id)).toContain(id);
    expect(await inboxKinds(world, 'resident-wang')).toContain('report.hidden');

    dataOf(await chen('reports.hide', { reportId: id, hidden: false, reason: '已核实无不当内容' }));
    expect(dataOf(await li('reports.publicList')).items.map((item) => item.id)).toContain(id);
    const kinds = dataOf(await chen('reports.detail', { reportId: id })).timeline.map((entry) => entry.kind);
    expect(kinds).toEqual(['submitted', 'hidden', 'hidden']);
  });
});

describe('reassigning', () => {
  it('moves a case to another grid or to the duty queue, back to 待受理, and tells the new handlers', async () => {
    const id = await fileReport(world, 'resident-wang');
    dataOf(await world.demo('worker-g2')('reports.accept', { reportId: id }));
    const chen = world.demo('committee-chen');
    expect(dataOf(await chen('reports.reassign', { reportId: id, gridId: 'g-3' }))).toEqual({ id, status: 'submitted' });
    expect(await stored(world, id)).toMatchObject({ gridId: 'g-3', level: 'grid', status: 'submitted' });
    expect((await stored(world, id)).handlerId).toBeUndefined();
    expect(await inboxKinds(world, 'worker-g3')).toContain('report.reassigned');
    expect(errorOf(await world.demo('worker-g2')('reports.accept', { reportId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    dataOf(await world.demo('worker-g3')('reports.accept', { reportId: id }));

    expect(errorOf(await chen('reports.reassign', { reportId: id, gridId: 'g-h1' }))).toMatchObject({ code: 'NOT_FOUND' });
    dataOf(await chen('reports.reassign', { reportId: id, gridId: null, note: '网格人手不足，转社区值班' }));
    expect(await stored(world, id)).toMatchObject({ gridId: null, level: 'community' });
    expect(dataOf(await world.demo('committee-liu')('reports.queue')).map((item) => item.id)).toContain(id);
  });
});

describe('the committee’s list', () => {
  it('filters by status, category, grid (none = unrouted), overdue and flagged, and stays in its community', async () => {
    const unrouted = await fileReport(world, 'resident-wang', { ...SPOT_DUTY, category: 'sewage', address: '南门外' });
    const chen = world.demo('committee-chen');
    const ids = async (input: Parameters<typeof chen<'reports.adminList'>>[1]) => dataOf(await chen('reports.adminList', input)).items.map((item) => item.id);

    expect(await ids({ gridId: 'none' })).toEqual([unrouted, 'r-demo-05']);
    expect(await ids({ category: 'sewage' })).toEqual([unrouted, 'r-demo-05']);
    expect(await ids({ status: 'closed' })).toEqual(['r-demo-01']);
    expect(await ids({ gridId: 'g-2', status: 'submitted' })).toEqual(['r-demo-03']);
    expect(await ids({ overdue: true })).toEqual(expect.arrayContaining(['r-demo-03', 'r-demo-09']));
    expect(await ids({ overdue: true, status: 'closed' })).toEqual([]);
    const all = dataOf(await chen('reports.adminList'));
    expect(all.items.map((item) => item.id)).not.toContain('r-demo-10');
    expect(all.items.length).toBe(10);
    expect(all.total).toBe(10);
    expect(dataOf(await chen('reports.adminList', { category: 'sewage' })).total).toBe(2);
    expect(dataOf(await chen('reports.adminList', { overdue: true, status: 'closed' })).total).toBe(0);

    const street = dataOf(await world.demo('street-officer')('reports.adminList'));
    expect(street.items.map((item) => item.id)).toEqual(expect.arrayContaining(['r-demo-10', unrouted]));
    // Both communities' cases in one list, newest first, counted across both.
    expect(street.total).toBe(street.items.length);
    expect(street.total).toBeGreaterThan(all.total!);
    const created = street.items.map((item) => item.createdAt);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(errorOf(await world.demo('worker-g2')('reports.adminList'))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
