// `npm run setup -- FILE`: a self-hoster's own street, community, grids, buildings and households (sheet from
// Excel, .csv or .xlsx) land in one go, nothing lands when the file is wrong, and a printed claim code makes its
// holder the first committee member, or the grid worker of its grid, once.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createLocalPorts, fixedClock, type LocalPorts } from '../../cloud/adapters/local';
import { createDispatcher, type Dispatch } from '../../cloud/dispatcher';
import { CLAIM_TTL_MS, newClaimCode, roleClaim } from '../../cloud/handlers/membership/roleClaims';
import { readCommunityFile, SetupFileError } from '../../cloud/setup/communityFile';
import { setupCommunity } from '../../cloud/setup/setupCommunity';
import { pointInPolygon } from '../../src/domain/geo';
import type { Community, Grid, Household, Member } from '../../src/domain/membership/types';
import { userIdFor } from '../../cloud/handlers/actor';
import { placeholderPng } from '../../cloud/seed/png';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import { quietLog } from '../support/demo-world';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'docs', 'setup-sample', 'community.json');
const NOW = Date.parse('2026-11-20T09:00:00+08:00');

let dir: string;
let ports: LocalPorts;
let dispatch: Dispatch;
const clock = fixedClock(NOW);

beforeEach(() => {
  clock.set(NOW);
  dir = mkdtempSync(join(tmpdir(), 'linli-setup-'));
  ports = createLocalPorts({ dataDir: join(dir, 'data'), clock });
  dispatch = createDispatcher(ports, { log: quietLog });
});
afterEach(async () => {
  await ports.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (openid: string) => (action: string, input: unknown = {}) => dispatch({ action, input }, { openid });

describe('setupCommunity from the committed sample', () => {
  it('writes the street, community, grid polygons, buildings and every household of the sheet', async () => {
    const result = await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    expect(result.written).toEqual({ streets: 1, communities: 1, grids: 2, buildings: 4, households: 12, inviteCodes: 12, roleClaims: 3 });
    expect(result.claims.map(({ name, role, grid }) => ({ name, role, grid }))).toEqual([
      { name: '星河社区书记', role: 'committee', grid: undefined },
      { name: '星河第一网格网格员', role: 'grid_worker', grid: '星河第一网格' },
      { name: '星河第二网格网格员', role: 'grid_worker', grid: '星河第二网格' },
    ]);
    const community = await ports.store.get<Community>('communities', 'c-xinghe');
    expect(community).toMatchObject({ name: '星河社区', streetId: 'st-donghu', dutyUserIds: [] });

    const grids = await ports.store.find<Grid>('grids', { communityId: 'c-xinghe' });
    expect(grids.map((grid) => grid.name).sort()).toEqual(['星河第一网格', '星河第二网格']);
    // The centre is computed from the polygons when the file gives none, and falls in the community.
    expect(grids.some((grid) => pointInPolygon(community!.center, grid.polygon))).toBe(true);

    const households = await ports.store.find<Household>('households', { communityId: 'c-xinghe' });
    expect(households.map((household) => household.label)).toEqual(expect.arrayContaining(['1栋1单元101', '2栋2单元502', '4栋101']));
    expect(households.find((household) => household.label === '3栋1单元601')).toMatchObject({ buildingId: 'xh-b3', gridId: 'xh-g2' });
    expect(new Set(households.map((household) => household.inviteCode)).size).toBe(12);
  });

  it("lets a resident join with their household's printed invite code at once", async () => {
    await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    const [home] = await ports.store.find<Household>('households', { communityId: 'c-xinghe', label: '3栋1单元601' });
    const resident = as('wx:o_newcomer');
    expect((await resident('privacy.consent', { version: CONSENT_VERSION })).ok).toBe(true);
    expect((await resident('profile.update', { nickname: '新邻居' })).ok).toBe(true);
    expect(await resident('membership.joinWithCode', { code: home!.inviteCode })).toMatchObject({
      ok: true,
      data: { membership: { communityId: 'c-xinghe', role: 'resident', householdLabel: '3栋1单元601' } },
    });
  });

  it('seeds no demo person: a demo identity is only a guest there', async () => {
    await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    expect(await ports.store.count('users', {})).toBe(0);
    const me = await as('demo:committee-chen')('session.me');
    expect(me).toMatchObject({ ok: true, data: { membership: null } });
  });
});

describe('the households sheet', () => {
  it('is read from an .xlsx saved by Excel just like from a .csv', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('户籍');
    sheet.addRow(['楼栋', '单元', '房号']);
    sheet.addRow(['1栋', 1, 101]);
    sheet.addRow(['xh-b4', '', '3']);
    sheet.addRow([]);
    await workbook.xlsx.writeFile(join(dir, 'households.xlsx'));
    const file = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    writeFileSync(join(dir, 'community.json'), JSON.stringify({ ...file, households: 'households.xlsx' }));

    const result = await setupCommunity(ports.store, await readCommunityFile(join(dir, 'community.json')), NOW);
    expect(result.written.households).toBe(2);
    const labels = (await ports.store.find<Household>('households', { communityId: 'c-xinghe' })).map((household) => household.label);
    expect(labels.sort()).toEqual(['1栋1单元101', '4栋3']);
  });

  it('refuses rows naming a building the file does not have, and writes nothing at all', async () => {
    copyFileSync(SAMPLE, join(dir, 'community.json'));
    writeFileSync(join(dir, 'households.csv'), '楼栋,单元,门牌\n1栋,1,101\n9栋,1,101\n1栋,1,101\n1栋,1,\n');
    const refusal = await setupCommunity(ports.store, await readCommunityFile(join(dir, 'community.json')), NOW).catch((error) => error);
    expect(refusal).toBeInstanceOf(SetupFileError);
    expect(refusal.problems).toEqual([
      'households line 3: no building "9栋" in this file',
      'households line 4: 1栋1单元101 appears twice',
      'households line 5: the door is missing',
    ]);
    expect(await ports.store.count('communities', {})).toBe(0);
    expect(await ports.store.count('households', {})).toBe(0);
  });

  it('refuses a file without a door column, saying which headers it accepts', async () => {
    copyFileSync(SAMPLE, join(dir, 'community.json'));
    writeFileSync(join(dir, 'households.csv'), 'building,who\n1栋,王\n');
    await expect(readCommunityFile(join(dir, 'community.json'))).rejects.toThrow(/door column \(door\/room\/门牌/);
  });
});

describe('the community file', () => {
  it('lists every problem of a wrong file: bad ids, a grid that is not a polygon, no committee', async () => {
    const file = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    file.community.id = 'Xing He';
    file.grids.features[0].geometry = { type: 'Point', coordinates: [114.37, 30.55] };
    file.committee = [];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(file));
    const refusal = await readCommunityFile(join(dir, 'bad.json')).catch((error) => error);
    expect(refusal).toBeInstanceOf(SetupFileError);
    const text = refusal.problems.join('\n');
    expect(text).toMatch(/community\.id: ids are 1–40 lower-case/);
    expect(text).toMatch(/grids\.features\.0\.geometry\.type/);
    expect(text).toMatch(/committee: name at least the first committee member/);
  });

  it('refuses a grid worker of a grid the file does not draw', async () => {
    const file = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    writeFileSync(join(dir, 'community.json'), JSON.stringify({ ...file, gridWorkers: [{ name: '王网格', grid: 'xh-g9' }] }));
    copyFileSync(join(ROOT, 'docs', 'setup-sample', 'households.csv'), join(dir, 'households.csv'));
    const refusal = await setupCommunity(ports.store, await readCommunityFile(join(dir, 'community.json')), NOW).catch((error) => error);
    expect(refusal).toBeInstanceOf(SetupFileError);
    expect(refusal.problems).toEqual(['grid worker 王网格: no grid xh-g9 in this file']);
    expect(await ports.store.count('communities', {})).toBe(0);
  });

  it('is refused when the community already exists, leaving the first one untouched', async () => {
    await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    await expect(setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW)).rejects.toThrow(/community c-xinghe already exists/);
    expect(await ports.store.count('households', { communityId: 'c-xinghe' })).toBe(12);
  });
});

describe('membership.claimRole with the printed code', () => {
  async function setUp() {
    const { claims } = await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    return claims[0]!.code;
  }

  it('makes the person who signs in and enters it a committee member on the duty queue', async () => {
    const code = await setUp();
    const secretary = as('wx:o_secretary');
    expect(await secretary('membership.pendingRequests')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const claimed = await secretary('membership.claimRole', { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(claimed).toMatchObject({ ok: true, data: { membership: { communityId: 'c-xinghe', communityName: '星河社区', role: 'committee' } } });
    expect(await secretary('membership.pendingRequests')).toMatchObject({ ok: true, data: [] });
    const community = await ports.store.get<Community>('communities', 'c-xinghe');
    expect(community?.dutyUserIds).toHaveLength(1);
  });

  it('works once: a second person with the same code is refused', async () => {
    const code = await setUp();
    expect((await as('wx:o_first')('membership.claimRole', { code })).ok).toBe(true);
    expect(await as('wx:o_second')('membership.claimRole', { code })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives the role to exactly one of two people entering it at the same moment', async () => {
    const code = await setUp();
    const answers = await Promise.all(['wx:o_a', 'wx:o_b', 'wx:o_c'].map((openid) => as(openid)('membership.claimRole', { code })));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(await ports.store.count('members', { communityId: 'c-xinghe', role: 'committee' })).toBe(1);
  });

  it('is refused after a week, and for a code that was never printed', async () => {
    const code = await setUp();
    clock.advance(CLAIM_TTL_MS);
    expect(await as('wx:o_late')('membership.claimRole', { code })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await as('wx:o_guess')('membership.claimRole', { code: 'AAAA-BBBB-CCCC-DDDD' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('a grid worker\'s claim code', () => {
  it('makes its holder the worker of that grid, who receives the cases residents file in it', async () => {
    const { claims } = await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    const worker = as('wx:o_worker');
    const claimed = await worker('membership.claimRole', { code: claims.find((claim) => claim.grid === '星河第一网格')!.code });
    expect(claimed).toMatchObject({ ok: true, data: { membership: { communityId: 'c-xinghe', role: 'grid_worker' } } });
    expect((await ports.store.get<Grid>('grids', 'xh-g1'))!.workerIds).toEqual([userIdFor('wx:o_worker')]);
    expect((await ports.store.get<Community>('communities', 'c-xinghe'))!.dutyUserIds).toEqual([]);

    const resident = as('wx:o_resident');
    expect((await resident('privacy.consent', { version: CONSENT_VERSION })).ok).toBe(true);
    expect((await resident('profile.update', { nickname: '星河居民' })).ok).toBe(true);
    const [home] = await ports.store.find<Household>('households', { communityId: 'c-xinghe', buildingId: 'xh-b1' }, { limit: 1 });
    const joined = await resident('membership.joinWithCode', { code: home!.inviteCode });
    expect(joined.ok).toBe(true);
    const photo = await ports.files.save({ bytes: placeholderPng([90, 120, 80]), ownerId: userIdFor('wx:o_resident') });
    const filed = await resident('reports.create', {
      category: 'clutter', description: '1栋楼下堆了旧家具', photoIds: [photo.fileId], lat: 30.551, lng: 114.372, address: '1栋楼下',
    });
    expect(filed).toMatchObject({ ok: true });

    const queue = await worker('reports.queue', {});
    expect(queue).toMatchObject({ ok: true, data: [expect.objectContaining({ id: (filed as { data: { id: string } }).data.id })] });
  });
});

describe('claim codes held by one person', () => {
  it('let one person work two grids, and a committee member who also works a grid stays on the duty queue', async () => {
    const { claims } = await setupCommunity(ports.store, await readCommunityFile(SAMPLE), NOW);
    const [committeeCode, firstGrid, secondGrid] = claims.map((claim) => claim.code);
    const both = as('wx:o_both_grids');
    expect((await both('membership.claimRole', { code: firstGrid })).ok).toBe(true);
    expect((await both('membership.claimRole', { code: secondGrid })).ok).toBe(true);
    const worker = (await ports.store.get<Member>('members', `c-xinghe:${userIdFor('wx:o_both_grids')}`))!;
    expect(worker).toMatchObject({ role: 'grid_worker', gridIds: ['xh-g1', 'xh-g2'] });
    for (const id of ['xh-g1', 'xh-g2']) expect((await ports.store.get<Grid>('grids', id))!.workerIds).toEqual([worker.userId]);

    const secretary = as('wx:o_secretary');
    expect((await secretary('membership.claimRole', { code: committeeCode })).ok).toBe(true);
    const alsoFirstGrid = newClaimCode();
    await ports.store.insert('roleClaims', roleClaim({ code: alsoFirstGrid, communityId: 'c-xinghe', name: '书记兼网格员', now: NOW, gridId: 'xh-g1' }));
    expect((await secretary('membership.claimRole', { code: alsoFirstGrid })).ok).toBe(true);
    const secretaryId = userIdFor('wx:o_secretary');
    expect(await ports.store.get<Member>('members', `c-xinghe:${secretaryId}`)).toMatchObject({ role: 'committee', gridIds: ['xh-g1'] });
    expect((await ports.store.get<Community>('communities', 'c-xinghe'))!.dutyUserIds).toEqual([secretaryId]);
    expect((await ports.store.get<Grid>('grids', 'xh-g1'))!.workerIds).toEqual([worker.userId, secretaryId]);
  });
});

describe('npm run setup', () => {
  it('prints the claim code once and refuses to run twice on the same community', () => {
    const env = { ...process.env, LINLI_DATA_DIR: join(dir, 'cli-data') };
    const first = spawnSync(process.execPath, ['--import', 'tsx', 'cloud/server/setup-cli.ts', SAMPLE], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Set up 东湖街道 星河社区/);
    expect(first.stdout).toMatch(/居委会 {2}星河社区书记 {2}[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(first.stdout).toMatch(/网格员 · 星河第二网格 {2}星河第二网格网格员 {2}[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'cloud/server/setup-cli.ts', SAMPLE], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Setup refused, nothing was written:\n {2}- community c-xinghe already exists/);
  });
});
