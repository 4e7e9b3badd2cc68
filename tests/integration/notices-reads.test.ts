// Read receipts and 知晓率: one read per person however often (and however concurrently) they open a notice,
// households and residents counted per building, and the unread doors listed without a name or phone.
import { createCloudbaseStore } from '../../cloud/adapters/wx/cloudbaseStore';
import { userIdFor } from '../../cloud/handlers/actor';
import { emptyTally, recordRead } from '../../cloud/handlers/notices/reads';
import type { Member, User } from '../../src/domain/membership/types';
import type { Notice, NoticeRead } from '../../src/domain/notices/types';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { FakeCloudBaseDatabase } from '../support/fake-cloudbase';
import { latencyWorld, withLatency } from '../support/latency-store';
import { publish, talliesOf } from './notices-world';

let world: DemoWorld;

/** The openids of the active residents living in a building. */
async function residentsOf(buildingId: string): Promise<string[]> {
  const members = await world.sqlite.find<Member>('members', { communityId: 'c-xingfuli', buildingId, status: 'active', role: 'resident' });
  const users = await world.sqlite.find<User>('users', { id: { $in: members.map((member) => member.userId) } });
  return users.map((user) => user.openid);
}

/** Adds a resident to an existing household (a second person at the same door). */
async function addHouseholdMember(openid: string, householdId: string): Promise<void> {
  const id = userIdFor(openid);
  const now = world.clock.now();
  const household = (await world.sqlite.get<{ id: string; buildingId: string; gridId: string }>('households', householdId))!;
  await world.sqlite.insert('users', { id, openid, nickname: '家人', avatarUrl: '', createdAt: now, currentCommunityId: 'c-xingfuli' });
  const member: Member = { id: `c-xingfuli:${id}`, communityId: 'c-xingfuli', userId: id, role: 'resident', status: 'active', gridIds: [], joinedAt: now, householdId, buildingId: household.buildingId, gridId: household.gridId };
  await world.sqlite.insert('members', member);
}

describe('notices.readStats', () => {
  beforeEach(async () => {
    world = await demoWorld();
  });
  afterEach(() => world.close());

  it('counts 1/5 households of 3栋 once one resident has read, and lists the four unread doors', async () => {
    const id = await publish(world);
    const residents = await residentsOf('b-3');
    dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id }));
    const stats = dataOf(await world.demo('committee-chen')('notices.readStats', { noticeId: id }));
    expect(stats.households).toEqual({ read: 1, total: 5 });
    expect(stats.residents).toEqual({ read: 1, total: residents.length });
    expect(stats.buildings).toEqual([{ buildingId: 'b-3', name: '3栋', households: { read: 1, total: 5 }, residents: { read: 1, total: residents.length } }]);
    const unread = dataOf(await world.demo('committee-chen')('notices.unreadHouseholds', { noticeId: id, buildingId: 'b-3' }));
    expect(unread.map((door) => door.label)).toEqual(['3栋1单元302', '3栋2单元501', '3栋2单元602', '3栋3单元201']);
    expect(unread.find((door) => door.label === '3栋1单元302')?.residents).toBe(0);
    expect(JSON.stringify(unread)).not.toMatch(/1[3-9]\d{9}/);
  });

  it('counts a household once when two of its people read, and each of them as a resident', async () => {
    await addHouseholdMember('family:qian-son', 'h-3-1-101');
    const id = await publish(world);
    dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id }));
    dataOf(await world.as('family:qian-son')('notices.detail', { noticeId: id }));
    const stats = dataOf(await world.demo('committee-chen')('notices.readStats', { noticeId: id }));
    expect(stats.households.read).toBe(1);
    expect(stats.residents.read).toBe(2);
  });

  it('breaks a community-wide notice down by building, and counts no staff read', async () => {
    const id = await publish(world, { audience: { level: 'community' } });
    for (const key of ['resident-qian', 'resident-wang', 'resident-li', 'worker-g1', 'committee-liu']) dataOf(await world.demo(key)('notices.detail', { noticeId: id }));
    const stats = dataOf(await world.demo('committee-chen')('notices.readStats', { noticeId: id }));
    expect(stats.buildings.map((building) => building.name)).toEqual(['1栋', '2栋', '3栋', '4栋', '5栋', '6栋', '7栋', '8栋']);
    expect(stats.households).toEqual({ read: 3, total: 40 });
    expect(stats.residents.read).toBe(3);
    const read = Object.fromEntries(stats.buildings.map((building) => [building.name, building.households.read]));
    expect(read).toMatchObject({ '3栋': 1, '4栋': 1, '5栋': 1, '1栋': 0 });
  });

  it('refuses unread households of a building outside the audience, and 知晓率 to residents', async () => {
    const id = await publish(world);
    expect(await world.demo('committee-chen')('notices.unreadHouseholds', { noticeId: id, buildingId: 'b-5' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', reason: 'notice.buildingNotInAudience' },
    });
    expect(await world.demo('resident-qian')('notices.readStats', { noticeId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps one read when the same person opens a notice again', async () => {
    const id = await publish(world);
    for (let n = 0; n < 3; n += 1) dataOf(await world.demo('resident-qian')('notices.detail', { noticeId: id }));
    expect(await world.sqlite.count('noticeReads', { noticeId: id })).toBe(1);
    expect(await talliesOf(world, id)).toEqual({ 'b-3': { residents: 1, households: 1 } });
  });

  it('seeds demo counts that agree with the demo reads', async () => {
    for (const noticeId of ['nt-demo-outage-3', 'nt-demo-sorting', 'nt-demo-renewal']) {
      const reads = await world.sqlite.find<NoticeRead>('noticeReads', { noticeId });
      const stats = dataOf(await world.demo('committee-chen')('notices.readStats', { noticeId }));
      expect(stats.residents.read).toBe(reads.length);
      expect(stats.households.read).toBe(new Set(reads.map((read) => read.householdId)).size);
      expect(stats.households.read).toBeGreaterThan(0);
    }
  });
});

describe('reads under latency', () => {
  beforeEach(async () => {
    world = await latencyWorld({ seed: 7 });
  });
  afterEach(() => world.close());

  it('stores one read when the same person opens a notice twenty times at once', async () => {
    const id = await publish(world);
    const answers = await Promise.all(Array.from({ length: 20 }, () => world.demo('resident-qian')('notices.detail', { noticeId: id })));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await world.sqlite.count('noticeReads', { noticeId: id })).toBe(1);
    expect(await talliesOf(world, id)).toEqual({ 'b-3': { residents: 1, households: 1 } });
  });

  it('counts every resident of 3栋 once when they all open it at once, twice each', async () => {
    const id = await publish(world);
    const residents = await residentsOf('b-3');
    await Promise.all(residents.flatMap((openid) => [openid, openid]).map((openid) => world.as(openid)('notices.detail', { noticeId: id })));
    expect(await world.sqlite.count('noticeReads', { noticeId: id })).toBe(residents.length);
    expect(await talliesOf(world, id)).toEqual({ 'b-3': { residents: residents.length, households: residents.length } });
  });
});

describe('reads on the CloudBase adapter (snapshot-isolated transactions, 1–3 ms latency)', () => {
  const notice: Notice = {
    id: 'nt-cb', communityId: 'c-xingfuli', streetId: 'st-qingshi', category: 'outage', title: '停水', body: ['停水'], images: [],
    audience: { level: 'building', ids: ['b-3'] }, pinned: false, important: false, publishAt: 0, expiresAt: null, status: 'published',
    version: 1, authorId: 'u-chen', authorRole: 'committee', createdAt: 0, updatedAt: 0,
  };
  const reader = (userId: string, householdId: string) => ({ userId, role: 'resident' as const, householdId, buildingId: 'b-3', gridId: 'g-1' });

  async function cloudStore() {
    const store = withLatency(createCloudbaseStore(new FakeCloudBaseDatabase()), { seed: 5 });
    await store.insert('notices', notice);
    await store.insert('noticeTallies', emptyTally(notice, 'b-3'));
    return store;
  }

  it('stores one read when the same person opens it twenty times at once', async () => {
    const store = await cloudStore();
    const first = await Promise.all(Array.from({ length: 20 }, () => recordRead(store, notice, reader('u-1', 'h-1'), 1)));
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await store.count('noticeReads', { noticeId: notice.id })).toBe(1);
    expect(await store.get('noticeTallies', 'nt-cb:b-3')).toMatchObject({ residents: 1, households: 1 });
  });

  it('counts a household once when its four people open it at once', async () => {
    const store = await cloudStore();
    await Promise.all(['u-1', 'u-2', 'u-3', 'u-4'].map((userId) => recordRead(store, notice, reader(userId, 'h-1'), 1)));
    expect(await store.count('noticeReads', { noticeId: notice.id })).toBe(4);
    expect(await store.get('noticeTallies', 'nt-cb:b-3')).toMatchObject({ residents: 4, households: 1 });
  });
});
