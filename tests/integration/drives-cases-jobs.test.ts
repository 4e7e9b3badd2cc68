// A drive that takes on open 随手拍 cases (its organiser resolves them through the reports flow; each reporter
// verifies as usual), and the drives' timed jobs run as WeChat's timer would run them.
import { jobNamed } from '../../cloud/jobs';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { fileReport, idOf, photoOf, stored } from './reports-world';
import { HOUR, MINUTE, SATURDAY_9, currentCode, driveInput, errorOf, publish, storedDrive, storedSignup } from './drives-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

describe('a drive that takes on open cases', () => {
  it("accepts a waiting case for the drive; after the drive its captain resolves it and the reporter confirms", async () => {
    const caseId = await fileReport(world, 'resident-wang', { category: 'dirty_spot', description: '5栋后院自行车棚后面堆积落叶和垃圾，很久没人清理' });
    dataOf(await world.demo('committee-chen')('drives.grantCaptain', { userId: idOf('resident-li'), team: '第二网格志愿队' }));
    expect(dataOf(await world.demo('resident-li')('drives.openCases')).map((item) => item.id)).toContain(caseId);
    expect(errorOf(await world.demo('resident-zhao')('drives.openCases'))).toMatchObject({ code: 'FORBIDDEN' });

    const driveId = await publish(world, 'resident-li', { reportIds: [caseId] });
    expect(await stored(world, caseId)).toMatchObject({ status: 'accepted', handlerId: idOf('resident-li'), takenOnBy: { driveId, organiserId: idOf('resident-li') } });
    const detail = dataOf(await world.demo('resident-zhao')('drives.detail', { driveId }));
    expect(detail.cases).toEqual([expect.objectContaining({ id: caseId, category: 'dirty_spot', status: 'accepted' })]);
    expect(dataOf(await world.demo('resident-li')('drives.openCases')).map((item) => item.id)).not.toContain(caseId);
    const timeline = dataOf(await world.demo('resident-wang')('reports.detail', { reportId: caseId })).timeline;
    expect(timeline.map((entry) => entry.kind)).toEqual(['submitted', 'taken_on']);
    expect(timeline[1]?.note).toBe(`@drive.noteTakenOn?title=${encodeURIComponent('5栋后院卫生死角大清除')}`);
    expect(dataOf(await world.demo('resident-wang')('inbox.list')).items.map((item) => item.kind)).toContain('report.accepted');

    // Another drive cannot take the same case.
    expect(errorOf(await world.demo('committee-chen')('drives.publish', driveInput({ reportIds: [caseId] })))).toMatchObject({ code: 'CONFLICT', reason: 'drive.caseTaken' });
    // A resident who organises nothing cannot resolve it.
    world.clock.set(SATURDAY_9 + 3 * HOUR);
    expect(errorOf(await world.demo('resident-zhao')('reports.resolve', { reportId: caseId, afterPhotoIds: [await photoOf(world, 'resident-zhao')], note: '已清理' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'report.notYours' });

    const after = await photoOf(world, 'resident-li');
    expect(dataOf(await world.demo('resident-li')('reports.resolve', { reportId: caseId, afterPhotoIds: [after], note: '志愿者清理了落叶和垃圾共6袋' })).status).toBe('resolved');
    expect(dataOf(await world.demo('resident-wang')('reports.verify', { reportId: caseId, decision: 'confirm' })).status).toBe('closed');
    expect(dataOf(await world.demo('resident-li')('inbox.list')).items.map((item) => item.kind)).toContain('report.closed');
  });

  it("refuses another community's case as not found, and a closed one as not open", async () => {
    expect(errorOf(await world.demo('committee-chen')('drives.publish', driveInput({ reportIds: ['r-demo-10'] })))).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.caseNotFound' });
    expect(errorOf(await world.demo('committee-chen')('drives.publish', driveInput({ reportIds: ['r-demo-01'] })))).toMatchObject({ code: 'INVALID_INPUT', reason: 'drive.caseNotOpen' });
    expect(await world.sqlite.count('drives', { title: '5栋后院卫生死角大清除' })).toBe(0);
  });
});

describe('timed jobs', () => {
  it('reminds each signed-up volunteer once, the day before, in the inbox', async () => {
    const driveId = await publish(world, 'committee-chen');
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId }));
    const remind = jobNamed('drives-remind')!;
    world.clock.set(SATURDAY_9 - 25 * HOUR);
    expect(await remind.run(world.ports)).toBe(0);
    world.clock.set(SATURDAY_9 - 23 * HOUR);
    expect(await remind.run(world.ports)).toBe(1);
    world.clock.advance(15 * MINUTE);
    expect(await remind.run(world.ports)).toBe(0);
    const reminders = dataOf(await world.demo('resident-wang')('inbox.list')).items.filter((item) => item.kind === 'drive.reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.params).toEqual({ title: '5栋后院卫生死角大清除', time: '11-21 09:00', address: '5栋后院自行车棚' });
    expect((await storedSignup(world, driveId, 'resident-wang'))?.remindedAt).toBe(SATURDAY_9 - 23 * HOUR);
  });

  it('closes attendance at the end of the window: still checked in → checked out at the end, never checked in → no-show', async () => {
    const driveId = await publish(world, 'committee-chen');
    dataOf(await world.demo('resident-wang')('drives.signUp', { driveId }));
    dataOf(await world.demo('resident-li')('drives.signUp', { driveId }));
    world.clock.set(SATURDAY_9);
    const { code } = await currentCode(world, 'committee-chen', driveId);
    dataOf(await world.demo('resident-wang')('drives.checkIn', { by: 'code', driveId, code }));
    const close = jobNamed('drives-close')!;
    world.clock.set(SATURDAY_9 + 2 * HOUR);
    expect(await close.run(world.ports)).toBe(0);
    world.clock.set(SATURDAY_9 + 2.5 * HOUR + 5 * MINUTE);
    expect(await close.run(world.ports)).toBe(2);
    expect(await close.run(world.ports)).toBe(0);
    expect(await storedSignup(world, driveId, 'resident-wang')).toMatchObject({ status: 'checked_out', checkedOutAt: SATURDAY_9 + 2.5 * HOUR, checkOutBy: 'auto', hours: null });
    expect(await storedSignup(world, driveId, 'resident-li')).toMatchObject({ status: 'no_show' });
    expect((await storedDrive(world, driveId)).closedAt).toBe(world.clock.now());
  });
});
