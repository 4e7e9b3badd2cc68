// The property register (房屋台账) owners' votes are counted on: imported from the committee's sheet (CSV or
// .xlsx) all or nothing, updated not duplicated on a second import, owners grouped so one owner counts once.
import ExcelJS from 'exceljs';
import { userIdFor } from '../../cloud/handlers/actor';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { bind, errorOf, registerCsv, unitId } from './councils-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const committee = () => world.demo('committee-chen');
// 5栋 is in the demo's register already; these tests import 6栋.
const register = async () => dataOf(await committee()('register.units', { buildingId: 'b-6' }));
const SIX = registerCsv('6栋');
const importSix = async () => dataOf(await committee()('register.import', { format: 'csv', content: SIX }));

describe('register.import', () => {
  it('imports 6栋2单元 from CSV: 12 homes, 11 owners (张建国 holds two), their total area', async () => {
    expect(await importSix()).toEqual({ created: 12, updated: 0 });
    const { units } = await register();
    expect(units).toHaveLength(12);
    expect(new Set(units.map((unit) => unit.ownerId)).size).toBe(11);
    expect(units.find((unit) => unit.room === '301')).toMatchObject({ label: '6栋2单元301', area: '89.56', ownerName: '张建国', ownerUnits: 2 });
  });

  it('updates rather than duplicates when the same sheet comes again with a corrected area', async () => {
    await importSix();
    const corrected = SIX.replace('6栋,2,101,89.56', '6栋,2,101,90.12');
    expect(dataOf(await committee()('register.import', { format: 'csv', content: corrected }))).toEqual({ created: 0, updated: 12 });
    const { units } = await register();
    expect(units).toHaveLength(12);
    expect(units.find((unit) => unit.room === '101')!.area).toBe('90.12');
  });

  it('reads an .xlsx sheet with Chinese headers and Excel’s number cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('房屋台账');
    sheet.addRow(['楼栋', '单元', '房号', '专有面积', '业主姓名', '未售']);
    sheet.addRow(['6栋', '1单元', '101', 95.5, '李秀英', '']);
    sheet.addRow(['6', 1, '102', 88.25, '', '是']);
    sheet.addRow(['6栋', '1', '201', 88.25, '开发商', '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(dataOf(await committee()('register.import', { format: 'xlsx', content }))).toEqual({ created: 3, updated: 0 });
    const { units, totals } = await register();
    // The developer's unsold homes count as one owner (建筑物区分所有权解释 art. 9).
    expect(totals).toEqual({ units: 3, owners: 2, area: '272.00' });
    expect(units.filter((unit) => unit.developer).map((unit) => unit.label)).toEqual(['6栋1单元102', '6栋1单元201']);
  });

  it('refuses the whole sheet when a row is wrong, naming the rows', async () => {
    const csv = ['楼栋,单元,房号,面积,业主', '6栋,2,101,89.56,王建', '9栋,1,101,80,赵某', '6栋,2,102,72.385,钱某', '6栋,2,101,89.56,王建'].join('\n');
    const refused = errorOf(await committee()('register.import', { format: 'csv', content: csv }));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', reason: 'register.sheetRows', fields: { 'rows.3': 'register.buildingUnknown', 'rows.4': 'register.badArea', 'rows.5': 'register.duplicateRow' } });
    expect((await register()).units).toHaveLength(0);
    expect(errorOf(await committee()('register.import', { format: 'csv', content: '房间,大小\n1,2' }))).toMatchObject({ reason: 'register.sheetRows', fields: { 'rows.1': 'register.sheetHeaders' } });
    expect(errorOf(await committee()('register.import', { format: 'xlsx', content: 'bm90IGEgemlw' }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'register.badSheet' });
  });

  it('is the committee’s alone', async () => {
    expect(errorOf(await world.demo('resident-wang')('register.import', { format: 'csv', content: SIX }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.demo('resident-wang')('register.units', {}))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('register.saveUnit and owners bound by the committee', () => {
  it('adds a unit by hand, refuses the same home twice and a badly written area', async () => {
    const input = { buildingId: 'b-6', unit: '1', room: '101', area: '76.80', ownerName: '周桂兰' };
    dataOf(await committee()('register.saveUnit', input));
    expect(errorOf(await committee()('register.saveUnit', input))).toMatchObject({ code: 'CONFLICT', reason: 'register.unitTaken' });
    expect(errorOf(await committee()('register.saveUnit', { ...input, room: '102', area: '76.805' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(errorOf(await committee()('register.saveUnit', { ...input, room: '102', buildingId: 'b-h1' }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'register.buildingUnknown' });
  });

  it('binds a member to a home’s owner, lists the building’s residents first, and unbinds', async () => {
    await importSix();
    const unit = await unitId(world, '501', 'b-6');
    const candidates = dataOf(await committee()('register.candidates', { unitId: unit }));
    expect(candidates[0]!.householdLabel).toMatch(/^6栋/);
    await bind(world, '501', 'demo:resident-wang', 'b-6');
    expect((await register()).units.find((row) => row.room === '501')!.boundMembers).toEqual([{ userId: userIdFor('demo:resident-wang'), nickname: '王阿姨' }]);
    dataOf(await committee()('register.unbind', { unitId: unit, userId: userIdFor('demo:resident-wang') }));
    expect(errorOf(await committee()('register.unbind', { unitId: unit, userId: userIdFor('demo:resident-wang') }))).toMatchObject({ reason: 'register.notBound' });
    expect(errorOf(await committee()('register.bind', { unitId: unit, userId: userIdFor('demo:heping-resident') }))).toMatchObject({ reason: 'register.memberUnknown' });
  });
});
