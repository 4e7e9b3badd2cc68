// 文明承诺 and 门前三包 through the dispatcher on real SQLite: signing once per term (also two hundred taps at once,
// also with CloudBase-like latency), households and shops, a shop's zone receiving the cases filed inside it,
// and the wall with its count, named signers, coverage and 践诺.
import { userIdFor } from '../../cloud/handlers/actor';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { latencyWorld } from '../support/latency-store';
import { currentCode, HOUR, publish, SATURDAY_9 } from './drives-world';
import { addResidents, fileReport, idOf, inboxKinds, photoOf } from './reports-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string } }) => (envelope.ok ? null : envelope.error);

const SORTING = 'pl-demo-sorting';
const SHOPFRONT = 'pl-demo-shopfront';
/** In front of 幸福便利店 (幸福路12号), the pavement its owner answers for. */
const FRONTAGE: Array<[number, number]> = [[104.08035, 30.65858], [104.08065, 30.65858], [104.08065, 30.65885], [104.08035, 30.65885]];
const INSIDE_FRONTAGE = { lat: 30.6587, lng: 104.0805 };

async function publishHouseholdPledge(): Promise<string> {
  return dataOf(
    await world.demo('committee-chen')('pledges.publish', {
      kind: 'family', title: '洁美家庭承诺', clauses: ['室内整洁，物品摆放有序', '楼道不堆放杂物'], term: '2026 年度', audience: 'households', target: 40,
    }),
  ).id;
}

describe('pledges.sign', () => {
  it('signs once: the count rises, a second signature is refused', async () => {
    const li = world.demo('resident-li');
    const before = dataOf(await li('pledges.detail', { pledgeId: SORTING }));
    expect(before).toMatchObject({ signedCount: 21, mine: null, can: { sign: true, signAsShop: false } });
    expect(before.clauses).toHaveLength(4);
    expect(dataOf(await li('pledges.sign', { pledgeId: SORTING, showName: true }))).toEqual({ signedCount: 22 });
    expect(errorOf(await li('pledges.sign', { pledgeId: SORTING }))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.alreadySigned' });
    expect(dataOf(await li('pledges.detail', { pledgeId: SORTING }))).toMatchObject({ signedCount: 22, mine: { as: 'person', name: '李师傅' }, can: { sign: false } });
    expect(dataOf(await li('pledges.list')).find((pledge) => pledge.id === SORTING)).toMatchObject({ signedByMe: true });
  });

  it('stores one signature when one person taps two hundred times at once', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => world.demo('resident-li')('pledges.sign', { pledgeId: SORTING })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(new Set(results.map(errorOf).filter(Boolean).map((error) => error!.reason))).toEqual(new Set(['pledge.alreadySigned']));
    expect(await world.ports.store.count('pledgeSignatures', { pledgeId: SORTING, signerId: idOf('resident-li') })).toBe(1);
    expect(dataOf(await world.demo('resident-li')('pledges.wall', { pledgeId: SORTING })).signedCount).toBe(22);
  });

  it('takes one signature per household, from whichever resident signs first', async () => {
    const pledgeId = await publishHouseholdPledge();
    // A second resident of 李师傅's household (4栋1单元302).
    const [openid] = await addResidents(world, 1);
    await world.ports.store.update('members', `c-xingfuli:${userIdFor(openid!)}`, { householdId: 'h-4-1-302', buildingId: 'b-4', gridId: 'g-2' });
    dataOf(await world.demo('resident-li')('pledges.sign', { pledgeId }));
    expect(errorOf(await world.as(openid!)('pledges.sign', { pledgeId }))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.householdSigned' });
    expect(dataOf(await world.as(openid!)('pledges.detail', { pledgeId }))).toMatchObject({ mine: { as: 'household' } });
  });

  it('lets the signer withdraw, and sign again', async () => {
    const li = world.demo('resident-li');
    dataOf(await li('pledges.sign', { pledgeId: SORTING }));
    expect(dataOf(await li('pledges.withdraw', { pledgeId: SORTING }))).toEqual({ signedCount: 21 });
    expect(errorOf(await li('pledges.withdraw', { pledgeId: SORTING }))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.notSigned' });
    expect(dataOf(await li('pledges.sign', { pledgeId: SORTING }))).toEqual({ signedCount: 22 });
  });

  it('refuses signing a closed pledge, a shops’ pledge as a resident, and another community’s pledge', async () => {
    dataOf(await world.demo('committee-chen')('pledges.close', { pledgeId: 'pl-demo-dogs' }));
    expect(errorOf(await world.demo('resident-li')('pledges.sign', { pledgeId: 'pl-demo-dogs' }))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.closed' });
    expect(errorOf(await world.demo('resident-li')('pledges.sign', { pledgeId: SHOPFRONT }))).toMatchObject({ code: 'FORBIDDEN', reason: 'pledge.shopsOnly' });
    const heping = world.demo('heping-resident');
    expect(errorOf(await heping('pledges.detail', { pledgeId: SORTING }))).toMatchObject({ code: 'NOT_FOUND', reason: 'pledge.notFound' });
    expect(errorOf(await heping('pledges.sign', { pledgeId: SORTING }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await heping('pledges.wall', { pledgeId: SORTING }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await heping('pledges.list'))).toEqual([]);
    expect(errorOf(await world.demo('resident-li')('pledges.publish', { kind: 'dogs', title: 'x', clauses: ['y'], term: '2027', audience: 'residents', target: 5 }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('门前三包', () => {
  const signShop = (key: string, phone = '138 0000 0009') =>
    world.demo(key)('pledges.signShop', { pledgeId: SHOPFRONT, shopId: 'shop-demo-1', phone, zone: FRONTAGE, showName: true });

  it('lets the shop sign with its registered number; a wrong number or another account is refused', async () => {
    expect(errorOf(await signShop('shop-lin', '13800000001'))).toMatchObject({ code: 'FORBIDDEN', reason: 'pledge.phoneMismatch' });
    expect(dataOf(await signShop('shop-lin'))).toEqual({ signedCount: 3 });
    expect(errorOf(await signShop('shop-lin'))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.shopSigned' });
    expect(errorOf(await signShop('resident-wang'))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.shopClaimed' });
    expect(dataOf(await world.demo('shop-lin')('pledges.detail', { pledgeId: SHOPFRONT }))).toMatchObject({ mine: { as: 'shop', name: '幸福便利店' } });
  });

  it('tells the shop’s owner of a case filed inside its zone from the moment it signs, while grid 2 still owns the case', async () => {
    // A case filed before the signature, in grid 1: the community's layout was read and kept without the shop's zone.
    await fileReport(world, 'resident-wang', { lat: 30.66, lng: 104.0785 });
    dataOf(await signShop('shop-lin'));
    const id = await fileReport(world, 'resident-wang', { ...INSIDE_FRONTAGE, category: 'clutter', description: '便利店门口堆满了纸箱和空饮料箱', address: '幸福路12号门前' });
    const inbox = dataOf(await world.demo('shop-lin')('inbox.list'));
    expect(inbox.items.find((item) => item.kind === 'report.inYourZone')).toMatchObject({ params: { zone: '幸福便利店', address: '幸福路12号门前' }, link: expect.stringContaining(id) });
    expect(dataOf(await world.demo('worker-g2')('reports.queue')).map((item) => item.id)).toContain(id);
    const workerInbox = dataOf(await world.demo('worker-g2')('inbox.list'));
    expect(workerInbox.items.find((item) => item.kind === 'report.submitted' && item.link?.includes(id))).toBeDefined();
  });

  it('tells nobody else of a case outside every zone, nor after the shop withdraws', async () => {
    dataOf(await signShop('shop-lin'));
    await fileReport(world, 'resident-wang', { lat: 30.6600, lng: 104.0815 });
    expect(await inboxKinds(world, 'shop-lin')).not.toContain('report.inYourZone');
    dataOf(await world.demo('shop-lin')('pledges.withdraw', { pledgeId: SHOPFRONT }));
    await fileReport(world, 'resident-wang', { ...INSIDE_FRONTAGE, address: '幸福路12号门前' });
    expect(await inboxKinds(world, 'shop-lin')).not.toContain('report.inYourZone');
  });

  it('tells the seeded 老成都面馆 of a case at its door', async () => {
    await fileReport(world, 'resident-li', { lat: 30.6587, lng: 104.0812, category: 'litter', description: '面馆门口一地餐巾纸', address: '幸福路18号门前' });
    const owner = userIdFor('seed:neighbour-2');
    const inbox = await world.ports.store.find<{ id: string; kind: string }>('inbox', { userId: owner });
    expect(inbox.map((item) => item.kind)).toContain('report.inYourZone');
  });

  it('never shows residents who runs a shop or its number; the committee sees both', async () => {
    const seen = dataOf(await world.demo('resident-li')('pledges.shops', { pledgeId: SHOPFRONT }));
    expect(seen).toHaveLength(6);
    expect(JSON.stringify(seen)).not.toMatch(/1390000|13800000009|林老板|ownerName|phone/);
    expect(seen.filter((shop) => shop.signed).map((shop) => shop.name).sort()).toEqual(['老成都面馆', '邻里药房']);
    expect(seen.find((shop) => shop.name === '老成都面馆')?.zone).toHaveLength(5);
    const kept = dataOf(await world.demo('committee-chen')('pledges.shops', {}));
    expect(kept.find((shop) => shop.id === 'shop-demo-1')).toMatchObject({ ownerName: '林老板', phone: '138 0000 0009' });
    const added = dataOf(await world.demo('committee-chen')('pledges.registerShop', { name: '新开花店', address: '幸福路30号', ownerName: '钟姐', phone: '13900000030', lat: 30.65875, lng: 104.0828 }));
    expect(added.id).toBeTruthy();
    expect(errorOf(await world.demo('committee-chen')('pledges.registerShop', { name: '新开花店', address: '幸福路30号', ownerName: '钟姐', phone: '13900000030', lat: 30.65875, lng: 104.0828 }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('pledges.wall', () => {
  it('shows the count against the target, only the signers who chose to be named, and coverage', async () => {
    dataOf(await world.demo('resident-li')('pledges.sign', { pledgeId: SORTING, showName: false }));
    dataOf(await world.demo('resident-wang')('pledges.sign', { pledgeId: SORTING, showName: true }));
    const wall = dataOf(await world.demo('resident-zhao')('pledges.wall', { pledgeId: SORTING }));
    expect(wall).toMatchObject({ signedCount: 23, target: 500, coverage: { signed: 23, unit: 'residents' } });
    const names = wall.recentSigners.map((signer) => signer.name);
    expect(names[0]).toBe('王阿姨');
    expect(names).not.toContain('李师傅');
    expect(JSON.stringify(wall)).not.toContain(idOf('resident-li'));

    const shops = dataOf(await world.demo('resident-zhao')('pledges.wall', { pledgeId: SHOPFRONT }));
    expect(shops.coverage).toEqual({ signed: 2, of: 6, unit: 'shops' });
  });

  it('shows under 践诺 a signer’s report confirmed after they signed, and not an act from before', async () => {
    const li = world.demo('resident-li');
    const actsOfLi = async () => dataOf(await li('pledges.wall', { pledgeId: SORTING })).acts.filter((act) => act.name === '李师傅');
    dataOf(await li('pledges.sign', { pledgeId: SORTING, showName: true }));
    world.clock.advance(60_000);
    dataOf(await li('reports.verify', { reportId: 'r-demo-04', decision: 'confirm' }));
    expect(await actsOfLi()).toEqual([expect.objectContaining({ kind: 'report.confirmed', params: { category: '@category.greenery' }, as: 'person' })]);

    // 赵大爷's seeded acts count (he signed first); 王阿姨's report confirmed before she signed does not.
    const wall = dataOf(await li('pledges.wall', { pledgeId: SORTING }));
    expect(wall.acts.filter((act) => act.name === '赵大爷').map((act) => act.kind)).toEqual(expect.arrayContaining(['report.confirmed', 'care.verified']));
    const reportId = await fileReport(world, 'resident-wang', { lat: 30.66, lng: 104.0815 });
    const worker = world.demo('worker-g2');
    dataOf(await worker('reports.accept', { reportId }));
    dataOf(await worker('reports.resolve', { reportId, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已清理' }));
    dataOf(await world.demo('resident-wang')('reports.verify', { reportId, decision: 'confirm' }));
    expect(await world.ports.store.get('acts', `report.confirmed:${reportId}`)).toMatchObject({ userId: idOf('resident-wang') });
    world.clock.advance(60_000);
    dataOf(await world.demo('resident-wang')('pledges.sign', { pledgeId: SORTING, showName: true }));
    const after = dataOf(await li('pledges.wall', { pledgeId: SORTING }));
    expect(after.acts.some((act) => act.link?.includes(reportId))).toBe(false);
  });

  it('shows under 践诺 a signer’s volunteer hours once the organiser confirms them', async () => {
    dataOf(await world.demo('resident-li')('pledges.sign', { pledgeId: SORTING, showName: true }));
    const driveId = await publish(world, 'committee-chen');
    dataOf(await world.demo('resident-li')('drives.signUp', { driveId }));
    world.clock.set(SATURDAY_9);
    const { code } = await currentCode(world, 'committee-chen', driveId);
    dataOf(await world.demo('resident-li')('drives.checkIn', { by: 'code', driveId, code }));
    world.clock.set(SATURDAY_9 + 4 * HOUR);
    const hoursOfLi = async () => dataOf(await world.demo('resident-zhao')('pledges.wall', { pledgeId: SORTING })).acts.filter((act) => act.kind === 'volunteer.hours');
    expect(await hoursOfLi()).toEqual([]);
    dataOf(await world.demo('committee-chen')('drives.confirmHours', { driveId }));
    expect(await hoursOfLi()).toEqual([expect.objectContaining({ name: '李师傅', params: { title: '5栋后院卫生死角大清除', hours: 2.5 } })]);
  });

  it('gives the signer a card with their place in the order of signing', async () => {
    dataOf(await world.demo('resident-li')('pledges.sign', { pledgeId: SORTING, showName: true }));
    expect(dataOf(await world.demo('resident-li')('pledges.card', { pledgeId: SORTING }))).toMatchObject({ name: '李师傅', number: 22, term: '2026 年度', communityName: '幸福里社区', as: 'person' });
    expect(errorOf(await world.demo('resident-wang')('pledges.card', { pledgeId: SORTING }))).toMatchObject({ code: 'CONFLICT', reason: 'pledge.notSigned' });
  });
});

describe('one signature through a store with CloudBase-like latency', () => {
  it('stores one of two hundred simultaneous signatures by one person, counted once', async () => {
    const slow = await latencyWorld({ minMs: 1, maxMs: 3, seed: 7 });
    try {
      const results = await Promise.all(Array.from({ length: 200 }, () => slow.demo('resident-li')('pledges.sign', { pledgeId: SORTING })));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await slow.sqlite.count('pledgeSignatures', { pledgeId: SORTING, signerId: idOf('resident-li') })).toBe(1);
      expect((await slow.sqlite.get<{ id: string; signedCount: number }>('pledges', SORTING))?.signedCount).toBe(22);
    } finally {
      await slow.close();
    }
  });
});
