// 树木认养 through the dispatcher on real SQLite: the map, adoption for a term (one adopter per tree, also when
// two tap at once), lapses on the day a term ends, care logs, verification, sick trees becoming 随手拍 cases,
// reminders, the committee's lists and its sheet import.
import { DAY_MS } from '../../src/domain/common/days';
import { termEnd } from '../../src/domain/trees/rules';
import { lapseAdoptions, remindCarers } from '../../cloud/handlers/trees/jobs';
import { userIdFor } from '../../cloud/handlers/actor';
import { createWxNotifier, subscriptionId } from '../../cloud/adapters/wx/wxNotifier';
import { placeholderPng } from '../../cloud/seed/png';
import { HOUR_MS } from '../../src/domain/reports/categories';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { latencyWorld } from '../support/latency-store';
import { idOf, inboxKinds, photoOf, stored } from './reports-world';
import { adopt, CAMPHOR_G2, logCare, storedAdoption, storedTree, treeOf, WANG_GINKGO, XINGFULI_BOX, ZHAO_CAMPHOR } from './trees-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string } }) => (envelope.ok ? null : envelope.error);

describe('trees.inView', () => {
  it('shows the community’s trees in the box as free, adopted or needing attention, with its green belts', async () => {
    const view = dataOf(await world.demo('resident-li')('trees.inView', XINGFULI_BOX));
    const status = Object.fromEntries(view.trees.map((tree) => [tree.id, tree.status]));
    expect(status[CAMPHOR_G2]).toBe('free');
    expect(status[ZHAO_CAMPHOR]).toBe('adopted');
    expect(status[treeOf('XFL-040')]).toBe('attention');
    expect(view.trees.find((tree) => tree.id === treeOf('XFL-020'))).toMatchObject({ species: 'osmanthus', heritage: true });
    expect(view.belts.map((belt) => belt.name)).toEqual(expect.arrayContaining(['3栋东侧绿化带', '中心花园']));
    expect(view.truncated).toBe(false);
  });

  it('keeps to the box, and shows another community nothing of 幸福里', async () => {
    const south = dataOf(await world.demo('resident-li')('trees.inView', { ...XINGFULI_BOX, maxLat: 30.6592 }));
    expect(south.trees.every((tree) => tree.lat <= 30.6592)).toBe(true);
    expect(south.trees.length).toBeGreaterThan(0);
    expect(dataOf(await world.demo('heping-resident')('trees.inView', XINGFULI_BOX))).toEqual({ trees: [], belts: [], truncated: false });
  });

  it('refuses a box wider than a neighbourhood', async () => {
    expect(errorOf(await world.demo('resident-li')('trees.inView', { minLat: 30, maxLat: 31, minLng: 104, maxLng: 105 }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('trees.detail', () => {
  it('answers NOT_FOUND for another community’s tree, for every tree action', async () => {
    const heping = world.demo('heping-resident');
    expect(errorOf(await heping('trees.detail', { treeId: ZHAO_CAMPHOR }))).toMatchObject({ code: 'NOT_FOUND', reason: 'tree.notFound' });
    expect(errorOf(await heping('trees.adopt', { treeId: CAMPHOR_G2 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await heping('trees.certificate', { adoptionId: 'a-demo-zhao' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.demo('heping-committee')('trees.update', { treeId: CAMPHOR_G2, spot: '改名' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows the adopter’s name only when they chose to, and never their id', async () => {
    const shown = dataOf(await world.demo('resident-li')('trees.detail', { treeId: ZHAO_CAMPHOR }));
    expect(shown).toMatchObject({ adopted: true, adopterName: '赵大爷', mine: null, can: { adopt: false, logCare: ['sickness'] } });
    expect(JSON.stringify(shown)).not.toContain(idOf('resident-zhao'));
    const hidden = dataOf(await world.demo('resident-li')('trees.detail', { treeId: WANG_GINKGO }));
    expect(hidden).toMatchObject({ adopted: true, adopterName: null });
    expect(JSON.stringify(hidden)).not.toContain('h-5-2-501');
  });

  it('gives the adopter their term, the care timeline and the certificate', async () => {
    const mine = dataOf(await world.demo('resident-zhao')('trees.detail', { treeId: ZHAO_CAMPHOR }));
    expect(mine.mine).toMatchObject({ id: 'a-demo-zhao', kind: 'person', canRenew: false });
    expect(mine.can).toMatchObject({ end: true, certificate: true });
    expect(mine.care.items.map((log) => log.act)).toEqual(['water', 'litter', 'prune', 'water']);
    const certificate = dataOf(await world.demo('resident-zhao')('trees.certificate', { adoptionId: 'a-demo-zhao' }));
    expect(certificate).toMatchObject({ adopterName: '赵大爷', species: 'camphor', treeCode: 'XFL-001', communityName: '幸福里社区' });
    expect(errorOf(await world.demo('resident-li')('trees.certificate', { adoptionId: 'a-demo-zhao' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('adoptTree', () => {
  it('adopts a free tree for a year, shows it under 我的树, and refuses the next neighbour', async () => {
    const start = world.clock.now();
    const adoptionId = await adopt(world, 'resident-li', CAMPHOR_G2, { showName: true });
    expect(await storedAdoption(world, adoptionId)).toMatchObject({ status: 'active', adopterId: idOf('resident-li'), endsAt: termEnd(start) });
    expect(await storedTree(world, CAMPHOR_G2)).toMatchObject({ adoptionId, adopterName: '李师傅', adoptedUntil: termEnd(start) });
    const mine = dataOf(await world.demo('resident-li')('trees.mine'));
    expect(mine.map((entry) => entry.tree.id)).toEqual([CAMPHOR_G2]);
    expect(errorOf(await world.demo('resident-wang')('trees.adopt', { treeId: CAMPHOR_G2 }))).toMatchObject({ code: 'CONFLICT', reason: 'tree.taken' });
  });

  it('lets a household adopt, and everyone of that household care for the tree', async () => {
    const adoptionId = await adopt(world, 'resident-zhao', treeOf('XFL-002'), { as: 'household' });
    const housemate = userIdFor('crowd:housemate');
    await world.ports.store.transaction(async (tx) => {
      await tx.insert('users', { id: housemate, openid: 'crowd:housemate', nickname: '赵奶奶', avatarUrl: '', createdAt: 0, currentCommunityId: 'c-xingfuli' });
      await tx.insert('members', { id: `c-xingfuli:${housemate}`, communityId: 'c-xingfuli', userId: housemate, role: 'resident', status: 'active', gridIds: [], householdId: 'h-2-1-101', buildingId: 'b-2', gridId: 'g-1', joinedAt: 0 });
    });
    const grandma = world.as('crowd:housemate');
    expect(dataOf(await grandma('trees.mine')).map((entry) => entry.adoption.id)).toEqual([adoptionId]);
    const file = await world.ports.files.save({ bytes: placeholderPng([90, 150, 90]), ownerId: housemate });
    dataOf(await grandma('trees.logCare', { treeId: treeOf('XFL-002'), act: 'water', photoIds: [file.fileId], note: '' }));
    expect(await storedAdoption(world, adoptionId)).toMatchObject({ lastCareAt: world.clock.now() });
    expect(dataOf(await grandma('trees.certificate', { adoptionId }))).toMatchObject({ kind: 'household', adopterName: '赵大爷' });
    expect(errorOf(await logCare(world, 'resident-wang', treeOf('XFL-002')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives exactly one of two people tapping 认养 together the tree', async () => {
    const results = await Promise.all([
      world.demo('resident-li')('trees.adopt', { treeId: CAMPHOR_G2 }),
      world.demo('resident-wang')('trees.adopt', { treeId: CAMPHOR_G2 }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.map(errorOf).filter(Boolean)).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: 'tree.taken' })]);
    expect(await world.ports.store.count('adoptions', { treeId: CAMPHOR_G2 })).toBe(1);
  });

  it('refuses a household adoption without a household, and a dead tree', async () => {
    await world.ports.store.update('members', `c-xingfuli:${idOf('resident-li')}`, { householdId: undefined });
    expect(errorOf(await world.demo('resident-li')('trees.adopt', { treeId: CAMPHOR_G2, as: 'household' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'tree.noHousehold' });
    await world.ports.store.update('trees', CAMPHOR_G2, { condition: 'dead' });
    expect(errorOf(await world.demo('resident-wang')('trees.adopt', { treeId: CAMPHOR_G2 }))).toMatchObject({ code: 'CONFLICT', reason: 'tree.dead' });
  });
});

describe('the term of an adoption', () => {
  it('frees the tree on the day the term ends, before any job has run, and lets a neighbour adopt it', async () => {
    const first = await adopt(world, 'resident-li', CAMPHOR_G2);
    const { endsAt } = await storedAdoption(world, first);
    world.clock.set(endsAt - 1);
    expect(dataOf(await world.demo('resident-wang')('trees.detail', { treeId: CAMPHOR_G2 }))).toMatchObject({ adopted: true });
    world.clock.set(endsAt);
    expect(dataOf(await world.demo('resident-wang')('trees.detail', { treeId: CAMPHOR_G2 }))).toMatchObject({ adopted: false, status: 'free', can: { adopt: true } });
    expect(dataOf(await world.demo('resident-li')('trees.mine'))).toEqual([]);

    const second = await adopt(world, 'resident-wang', CAMPHOR_G2);
    expect(await storedAdoption(world, first)).toMatchObject({ status: 'lapsed', endedAt: endsAt });
    expect(await storedTree(world, CAMPHOR_G2)).toMatchObject({ adoptionId: second, adopterId: idOf('resident-wang') });
  });

  it('closes run-out terms in the nightly job once, telling each adopter, and never frees a tree adopted again', async () => {
    const first = await adopt(world, 'resident-li', CAMPHOR_G2);
    world.clock.set((await storedAdoption(world, first)).endsAt);
    expect(await lapseAdoptions(world.ports)).toBeGreaterThanOrEqual(1);
    expect(await storedAdoption(world, first)).toMatchObject({ status: 'lapsed' });
    expect(await storedTree(world, CAMPHOR_G2)).toMatchObject({ adoptionId: null, adoptedUntil: 0 });
    expect(await inboxKinds(world, 'resident-li')).toContain('tree.adoptionLapsed');
    expect(await lapseAdoptions(world.ports)).toBe(0);
  });

  it('renews in the last 60 days for one more year from the end, and refuses earlier', async () => {
    const id = await adopt(world, 'resident-li', CAMPHOR_G2);
    const { endsAt } = await storedAdoption(world, id);
    expect(errorOf(await world.demo('resident-li')('trees.renew', { adoptionId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'tree.renewTooEarly' });
    world.clock.set(endsAt - 30 * DAY_MS);
    expect(errorOf(await world.demo('resident-wang')('trees.renew', { adoptionId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    const renewed = dataOf(await world.demo('resident-li')('trees.renew', { adoptionId: id }));
    expect(renewed.endsAt).toBe(termEnd(endsAt));
    expect(await storedTree(world, CAMPHOR_G2)).toMatchObject({ adoptedUntil: renewed.endsAt });
  });

  it('ends early: the tree is free for someone else at once', async () => {
    const id = await adopt(world, 'resident-li', CAMPHOR_G2);
    expect(errorOf(await world.demo('resident-wang')('trees.endAdoption', { adoptionId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    dataOf(await world.demo('resident-li')('trees.endAdoption', { adoptionId: id }));
    expect(await storedAdoption(world, id)).toMatchObject({ status: 'ended', endedAt: world.clock.now() });
    expect(errorOf(await world.demo('resident-li')('trees.endAdoption', { adoptionId: id }))).toMatchObject({ code: 'CONFLICT' });
    await adopt(world, 'resident-wang', CAMPHOR_G2);
  });
});

describe('care logs', () => {
  it('records the adopter’s watering with its photo on the timeline and resets the care clock', async () => {
    const adoptionId = await adopt(world, 'resident-li', CAMPHOR_G2);
    world.clock.advance(DAY_MS);
    const logged = dataOf(await logCare(world, 'resident-li', CAMPHOR_G2));
    expect(logged.caseId).toBeNull();
    expect(await storedAdoption(world, adoptionId)).toMatchObject({ lastCareAt: world.clock.now() });
    const detail = dataOf(await world.demo('resident-wang')('trees.detail', { treeId: CAMPHOR_G2 }));
    expect(detail.care.items[0]).toMatchObject({ id: logged.id, act: 'water', byRole: 'adopter', byName: null, verification: 'pending' });
    expect(detail.care.items[0]!.photoUrls).toHaveLength(1);
  });

  it('lets a neighbour report sickness but not log care for a tree they did not adopt, and needs a photo', async () => {
    expect(errorOf(await logCare(world, 'resident-wang', ZHAO_CAMPHOR))).toMatchObject({ code: 'FORBIDDEN', reason: 'tree.actNotAllowed' });
    expect(errorOf(await world.demo('resident-zhao')('trees.logCare', { treeId: ZHAO_CAMPHOR, act: 'water', photoIds: [] }))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { photoIds: 'tree.photoRequired' },
    });
    expect(errorOf(await logCare(world, 'resident-wang', ZHAO_CAMPHOR, { photoIds: [await photoOf(world, 'resident-li')], act: 'sickness' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'common.photoNotYours' });
  });

  it('turns a log of 病虫害 into a 绿化损坏 case in grid 2’s queue, linked to the tree', async () => {
    await adopt(world, 'resident-li', CAMPHOR_G2);
    const { caseId } = dataOf(await logCare(world, 'resident-li', CAMPHOR_G2, { act: 'pest_control', condition: 'pest', note: '叶子背面有很多白色虫卵' }));
    expect(caseId).toBeTruthy();
    const report = await stored(world, caseId!);
    expect(report).toMatchObject({ category: 'greenery', gridId: 'g-2', reporterId: idOf('resident-li'), subject: { kind: 'tree', id: CAMPHOR_G2 }, address: '6栋北侧' });
    expect(report.description).toContain('XFL-030');
    expect(dataOf(await world.demo('worker-g2')('reports.queue')).map((item) => item.id)).toContain(caseId);
    expect(await inboxKinds(world, 'worker-g2')).toContain('report.submitted');
    expect(dataOf(await world.demo('resident-li')('reports.detail', { reportId: caseId! })).subject).toEqual({ kind: 'tree', id: CAMPHOR_G2 });
    expect(dataOf(await world.demo('resident-wang')('trees.detail', { treeId: CAMPHOR_G2 }))).toMatchObject({ condition: 'pest', status: 'attention', openCase: { id: caseId } });
  });

  it('joins the open case when a neighbour finds the same sickness, and opens one per tree even when two report at once', async () => {
    const [a, b] = await Promise.all([
      logCare(world, 'resident-wang', CAMPHOR_G2, { act: 'sickness', note: '树干上有洞' }),
      logCare(world, 'resident-zhao', CAMPHOR_G2, { act: 'sickness', note: '叶子发黄' }),
    ]);
    const cases = [dataOf(a).caseId, dataOf(b).caseId];
    expect(cases[0]).toBeTruthy();
    expect(cases[1]).toBe(cases[0]);
    expect(await world.ports.store.count('reports', { category: 'greenery', gridId: 'g-2', status: 'submitted' })).toBe(1);
    expect((await storedTree(world, CAMPHOR_G2)).condition).toBe('attention');
  });
});

describe('verifyCare', () => {
  it('lets the tree’s grid worker verify a log once, recording the act and telling the carer', async () => {
    const log = 'cl-demo-4';
    expect(errorOf(await world.demo('worker-g2')('trees.verifyCare', { logId: log, verified: true }))).toMatchObject({ code: 'FORBIDDEN', reason: 'tree.notStaff' });
    expect(dataOf(await world.demo('worker-g1')('trees.pendingCare')).map((item) => item.id)).toContain(log);
    expect(dataOf(await world.demo('worker-g2')('trees.pendingCare')).map((item) => item.id)).not.toContain(log);
    expect(dataOf(await world.demo('worker-g1')('trees.verifyCare', { logId: log, verified: true }))).toEqual({ id: log, verification: 'verified' });
    expect(await world.ports.store.get('acts', `care.verified:${log}`)).toMatchObject({ userId: idOf('resident-zhao'), kind: 'care.verified' });
    expect(await inboxKinds(world, 'resident-zhao')).toContain('tree.careVerified');
    expect(errorOf(await world.demo('committee-chen')('trees.verifyCare', { logId: log, verified: false }))).toMatchObject({ code: 'CONFLICT', reason: 'tree.alreadyDecided' });
  });

  it('records no act for a log found wanting, and refuses a resident', async () => {
    expect(errorOf(await world.demo('resident-li')('trees.verifyCare', { logId: 'cl-demo-4', verified: true }))).toMatchObject({ code: 'FORBIDDEN' });
    dataOf(await world.demo('committee-chen')('trees.verifyCare', { logId: 'cl-demo-4', verified: false }));
    expect(await world.ports.store.get('acts', 'care.verified:cl-demo-4')).toBeNull();
    expect(await inboxKinds(world, 'resident-zhao')).toContain('tree.careRejected');
  });
});

describe('care reminders', () => {
  it('reminds an adopter whose tree went without care once per gap, by inbox', async () => {
    expect(await remindCarers(world.ports)).toBe(1);
    expect((await inboxKinds(world, 'resident-wang')).filter((kind) => kind === 'tree.careReminder')).toHaveLength(1);
    expect(await inboxKinds(world, 'resident-zhao')).not.toContain('tree.careReminder');
    expect(await remindCarers(world.ports)).toBe(0);

    dataOf(await logCare(world, 'resident-wang', WANG_GINKGO));
    expect(await remindCarers(world.ports)).toBe(0);
    // Into December: winter, when a ginkgo goes 20 days between waterings.
    const remindersOfWang = async () => (await inboxKinds(world, 'resident-wang')).filter((kind) => kind === 'tree.careReminder').length;
    world.clock.advance(19 * DAY_MS);
    await remindCarers(world.ports);
    expect(await remindersOfWang()).toBe(1);
    world.clock.advance(DAY_MS);
    await remindCarers(world.ports);
    expect(await remindersOfWang()).toBe(2);
  });

  it('sends one subscription message for the gap, however often the job runs', async () => {
    const sent: string[] = [];
    const notifier = createWxNotifier({
      subscribeMessage: { send: async (message) => void sent.push(message.touser) },
      store: world.ports.store,
      clock: world.clock,
      templates: { 'tree.careReminder': { templateId: 'TPL-CARE' } },
    });
    await world.ports.store.insert('subscriptions', { id: subscriptionId(idOf('resident-wang'), 'tree.careReminder'), userId: idOf('resident-wang'), kind: 'tree.careReminder', credits: 3 });
    const ports = { ...world.ports, notifier };
    await remindCarers(ports);
    await remindCarers(ports);
    world.clock.advance(HOUR_MS);
    await remindCarers(ports);
    expect(sent).toEqual(['demo:resident-wang']);
  });
});

describe('the committee’s registry', () => {
  it('lists lapsed adoptions, overdue care, unwell and unadopted trees', async () => {
    const attention = dataOf(await world.demo('committee-chen')('trees.attention'));
    expect(attention.lapsed.map((entry) => entry.adoptionId)).toContain('a-demo-liu');
    expect(attention.neglected).toEqual([expect.objectContaining({ treeId: WANG_GINKGO, overdueDays: 5 })]);
    expect(attention.unwell.map((entry) => entry.treeCode)).toEqual(['XFL-040']);
    expect(attention.unadopted.count).toBe(14);
    expect(errorOf(await world.demo('worker-g2')('trees.attention'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('registers a tree under a number used once, routed to its grid', async () => {
    const added = dataOf(await world.demo('committee-chen')('trees.add', { code: 'XFL-099', species: 'magnolia', lat: 30.66, lng: 104.0815, spot: '5栋门口', plantedYear: 2020 }));
    expect(await storedTree(world, added.id)).toMatchObject({ gridId: 'g-2', condition: 'healthy', adoptedUntil: 0 });
    expect(errorOf(await world.demo('committee-chen')('trees.add', { code: 'XFL-099', species: 'camphor', lat: 30.66, lng: 104.0815, spot: '5栋门口' }))).toMatchObject({ code: 'CONFLICT', reason: 'tree.codeTaken' });
    expect(errorOf(await world.demo('resident-li')('trees.add', { code: 'XFL-098', species: 'camphor', lat: 30.66, lng: 104.0815, spot: '5栋门口' }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('imports a sheet: new numbers registered, known ones updated, the same sheet again changes nothing', async () => {
    const csv = '\ufeff编号,树种,纬度,经度,位置,种植年份,状况,古树名木\nXFL-201,香樟,30.6600,104.0790,1栋北侧,2011,健康,否\nXFL-001,香樟,30.6596,104.0795,3栋东侧绿化带北段（路灯旁）,2008,健康,否\n';
    const committee = world.demo('committee-chen');
    expect(dataOf(await committee('trees.import', { csv }))).toEqual({ created: 1, updated: 1, problems: [] });
    expect(await storedTree(world, treeOf('XFL-201'))).toMatchObject({ species: 'camphor', gridId: 'g-1', plantedYear: 2011 });
    expect(await storedTree(world, ZHAO_CAMPHOR)).toMatchObject({ spot: '3栋东侧绿化带北段（路灯旁）', adoptionId: 'a-demo-zhao' });
    expect(dataOf(await committee('trees.import', { csv }))).toEqual({ created: 0, updated: 2, problems: [] });
  });

  it('writes nothing while a line of the sheet is wrong, and names the line', async () => {
    const csv = 'code,species,lat,lng,spot\nXFL-301,camphor,30.66,104.08,gate\nXFL-302,cactus,30.66,104.08,gate\n';
    expect(dataOf(await world.demo('committee-chen')('trees.import', { csv }))).toEqual({ created: 0, updated: 0, problems: [{ line: 3, field: 'species', reason: 'tree.pickSpecies' }] });
    expect(await world.ports.store.get('trees', treeOf('XFL-301'))).toBeNull();
    expect(errorOf(await world.demo('committee-chen')('trees.import', { csv: 'name,age\nx,1\n' }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'tree.sheetHeader' });
  });
});

describe('one adopter per tree through a store with CloudBase-like latency', () => {
  it('gives exactly one of two simultaneous adoptions the tree', async () => {
    const slow = await latencyWorld({ minMs: 1, maxMs: 3, seed: 11 });
    try {
      const results = await Promise.all([
        slow.demo('resident-li')('trees.adopt', { treeId: CAMPHOR_G2 }),
        slow.demo('resident-wang')('trees.adopt', { treeId: CAMPHOR_G2 }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await slow.sqlite.count('adoptions', { treeId: CAMPHOR_G2, status: 'active' })).toBe(1);
      const tree = await slow.sqlite.get<{ id: string; adoptionId: string }>('trees', CAMPHOR_G2);
      const winner = results.find((result) => result.ok) as { ok: true; data: { adoptionId: string } };
      expect(tree?.adoptionId).toBe(winner.data.adoptionId);
    } finally {
      await slow.close();
    }
  });
});
