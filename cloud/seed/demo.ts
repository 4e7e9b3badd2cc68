// The demo community 幸福里社区 of 青石街道 (three grids, eight buildings, forty households and their people),
// plus 和平社区 next door, which must never see 幸福里's data. Seeding an already seeded store fails: reset first.
import { createHash } from 'node:crypto';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import type { Building, Community, Grid, Household, JoinRequest, Member, Street, User } from '../../src/domain/membership/types';
import type { Role } from '../../src/domain/roles';
import { memberId, userIdFor } from '../handlers/actor';
import { inviteCodeDoc, newInviteCode, type InviteCodeDoc } from '../handlers/membership/inviteCodes';
import type { Clock, Files, Store } from '../ports';
import { demoActs } from './acts';
import { demoCouncils, ownerPeople, type DemoCouncils } from './councils';
import { demoPolls, type DemoPolls } from './demoPolls';
import { demoNotices, type DemoNotices } from './demoNotices';
import { attachDemoPhotos, demoReports, type DemoReports } from './demoReports';
import { demoDrives, type DemoDrives } from './drives';
import { demoPledges, type DemoPledges } from './pledges';
import { attachTreePhotos, demoTrees, type DemoTrees } from './trees';
import { writeRecords } from './write';
import type { ActDoc } from '../kit/acts';
import { newLayoutStamp } from '../kit/layout';

export const STREET_ID = 'st-qingshi';
export const XINGFULI = 'c-xingfuli';
export const HEPING = 'c-heping';

export interface DemoUser {
  key: string;
  openid: string;
  nickname: string;
  role: Role;
  communityId: string;
  /** Who this person is, shown on the dev login screen. */
  description: string;
}

interface DemoPerson extends Omit<DemoUser, 'openid'> {
  householdId?: string;
  gridIds?: string[];
  phone?: string;
}

const hh = (building: number, unit: number, door: number): string => `h-${building}-${unit}-${door}`;

const PEOPLE: DemoPerson[] = [
  { key: 'resident-wang', nickname: '王阿姨', role: 'resident', communityId: XINGFULI, householdId: hh(5, 2, 501), phone: '13800000001', description: '幸福里居民，住5栋（第二网格），常随手拍' },
  { key: 'resident-li', nickname: '李师傅', role: 'resident', communityId: XINGFULI, householdId: hh(4, 1, 302), phone: '13800000002', description: '幸福里居民，住4栋（第二网格）' },
  { key: 'resident-qian', nickname: '钱阿姨', role: 'resident', communityId: XINGFULI, householdId: hh(3, 1, 101), description: '幸福里居民，住3栋（第一网格），关心停水停电' },
  { key: 'resident-zhao', nickname: '赵大爷', role: 'resident', communityId: XINGFULI, householdId: hh(2, 1, 101), phone: '13800000003', description: '幸福里居民，住2栋（第一网格），退休老党员' },
  { key: 'shop-lin', nickname: '林老板', role: 'resident', communityId: XINGFULI, phone: '13800000009', description: '幸福路12号幸福便利店店主，住在社区外（门前三包还没签）' },
  { key: 'worker-g1', nickname: '网格员张敏', role: 'grid_worker', communityId: XINGFULI, gridIds: ['g-1'], description: '第一网格网格员（1–3栋）' },
  { key: 'worker-g2', nickname: '网格员周强', role: 'grid_worker', communityId: XINGFULI, gridIds: ['g-2'], description: '第二网格网格员（4–6栋）' },
  { key: 'worker-g3', nickname: '网格员吴婷', role: 'grid_worker', communityId: XINGFULI, gridIds: ['g-3'], description: '第三网格网格员（7–8栋）' },
  { key: 'committee-chen', nickname: '陈书记', role: 'committee', communityId: XINGFULI, description: '幸福里社区党委书记、居委会主任，审核入户申请' },
  { key: 'committee-liu', nickname: '刘主任', role: 'committee', communityId: XINGFULI, description: '幸福里社区居委会副主任，值班处理网格外问题' },
  { key: 'street-officer', nickname: '黄科长', role: 'street', communityId: XINGFULI, description: '青石街道办事处，接收社区上报的问题' },
  { key: 'heping-resident', nickname: '孙阿姨', role: 'resident', communityId: HEPING, householdId: 'h-hp-1-1-201', description: '和平社区居民（另一个社区，看不到幸福里的数据）' },
  { key: 'heping-committee', nickname: '马书记', role: 'committee', communityId: HEPING, description: '和平社区书记（另一个社区）' },
];

export const demoOpenid = (key: string): string => `demo:${key}`;

export const DEMO_USERS: readonly DemoUser[] = PEOPLE.map(({ key, nickname, role, communityId, description }) => ({
  key,
  openid: demoOpenid(key),
  nickname,
  role,
  communityId,
  description,
}));

/** Neighbours without a dev login: they make the household lists and statistics look lived in. */
const NEIGHBOURS = [
  '刘大姐', '陈叔', '杨老师', '黄奶奶', '周阿姨', '吴大哥', '徐婆婆', '孙师傅', '胡姐', '朱大爷',
  '高阿姨', '林老师', '何叔叔', '郭大姐', '马师傅', '罗奶奶', '梁大哥', '宋阿姨', '郑大爷', '谢姐',
  '韩老师', '唐师傅', '冯阿姨', '于大爷', '董姐',
];

const rectangle = (west: number, east: number, south: number, north: number): Array<[number, number]> => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const GRIDS: Array<Omit<Grid, 'workerIds'>> = [
  { id: 'g-1', communityId: XINGFULI, name: '第一网格', polygon: rectangle(104.077, 104.08, 30.6585, 30.6615) },
  { id: 'g-2', communityId: XINGFULI, name: '第二网格', polygon: rectangle(104.08, 104.083, 30.6585, 30.6615) },
  { id: 'g-3', communityId: XINGFULI, name: '第三网格', polygon: rectangle(104.077, 104.083, 30.6615, 30.664) },
  { id: 'g-h1', communityId: HEPING, name: '和平第一网格', polygon: rectangle(104.088, 104.092, 30.668, 30.672) },
];

const BUILDING_GRID: Record<number, string> = { 1: 'g-1', 2: 'g-1', 3: 'g-1', 4: 'g-2', 5: 'g-2', 6: 'g-2', 7: 'g-3', 8: 'g-3' };

/** A residential slab about 75 m by 25 m around its centre. */
const slab = (lat: number, lng: number): Array<[number, number]> => rectangle(lng - 0.0004, lng + 0.0004, lat - 0.00011, lat + 0.00011);

/** Three rows of slabs in grids 1 and 2 (1–3栋 west, 4–6栋 east, north to south), two in grid 3 to the north. */
const BUILDING_AT: Record<number, [lat: number, lng: number]> = {
  1: [30.6607, 104.0785], 2: [30.6598, 104.0785], 3: [30.6589, 104.0785],
  4: [30.6607, 104.0812], 5: [30.6598, 104.0812], 6: [30.6589, 104.0812],
  7: [30.6628, 104.0788], 8: [30.6628, 104.0812],
};
const DOORS: Array<[unit: number, door: number]> = [[1, 101], [1, 302], [2, 501], [2, 602], [3, 201]];

/**
 * Draws for the demo's invite codes: a seeded stream (so the demo is the same on every machine) that has nothing
 * to do with the household ids — knowing a household's id tells nothing about its code.
 */
function seededPick(seed: string): (size: number) => number {
  let counter = 0;
  let pool: number[] = [];
  return (size) => {
    for (;;) {
      if (!pool.length) pool = [...createHash('sha256').update(`${seed}#${(counter += 1)}`).digest()];
      const byte = pool.shift()!;
      // Rejection sampling keeps every character equally likely.
      if (byte < 256 - (256 % size)) return byte % size;
    }
  };
}

const DEMO_CODE_SEED = 'linli-demo-invite-codes';

export interface DemoData extends DemoReports, DemoPolls, DemoNotices, DemoCouncils, DemoDrives, DemoTrees, DemoPledges {
  acts: ActDoc[];
  streets: Street[];
  communities: Community[];
  grids: Grid[];
  buildings: Building[];
  households: Household[];
  users: User[];
  members: Member[];
  joinRequests: JoinRequest[];
  inviteCodes: InviteCodeDoc[];
}

/** The whole demo as plain records, deterministic apart from timestamps. */
export function demoData(now: number): DemoData {
  const userOf = (key: string): string => userIdFor(demoOpenid(key));
  const pick = seededPick(DEMO_CODE_SEED);
  const codes = new Set<string>();
  const codeFor = (): string => {
    for (;;) {
      const code = newInviteCode(pick);
      if (codes.has(code)) continue;
      codes.add(code);
      return code;
    }
  };

  const buildings: Building[] = [];
  const households: Household[] = [];
  for (let number = 1; number <= 8; number += 1) {
    const [lat, lng] = BUILDING_AT[number];
    const building: Building = { id: `b-${number}`, communityId: XINGFULI, gridId: BUILDING_GRID[number], name: `${number}栋`, footprint: slab(lat, lng) };
    buildings.push(building);
    for (const [unit, door] of DOORS) {
      const id = hh(number, unit, door);
      households.push({ id, communityId: XINGFULI, buildingId: building.id, gridId: building.gridId, label: `${number}栋${unit}单元${door}`, inviteCode: codeFor() });
    }
  }
  buildings.push({ id: 'b-h1', communityId: HEPING, gridId: 'g-h1', name: '1栋', footprint: slab(30.67, 104.09) });
  for (const [unit, door] of [[1, 201], [1, 402], [2, 301], [2, 502]]) {
    const id = `h-hp-1-${unit}-${door}`;
    households.push({ id, communityId: HEPING, buildingId: 'b-h1', gridId: 'g-h1', label: `1栋${unit}单元${door}`, inviteCode: codeFor() });
  }

  const users: User[] = [];
  const members: Member[] = [];
  const join = (user: User, person: Pick<DemoPerson, 'role' | 'communityId' | 'householdId' | 'gridIds'>, joinedAt: number) => {
    users.push({ ...user, currentCommunityId: person.communityId });
    const member: Member = {
      id: memberId(person.communityId, user.id),
      communityId: person.communityId,
      userId: user.id,
      role: person.role,
      status: 'active',
      gridIds: person.gridIds ?? [],
      joinedAt,
      current: true,
    };
    if (person.householdId) {
      const household = households.find((candidate) => candidate.id === person.householdId)!;
      Object.assign(member, { householdId: household.id, buildingId: household.buildingId, gridId: household.gridId });
    }
    if (person.role === 'street') member.streetId = STREET_ID;
    members.push(member);
  };

  const DAY = 24 * 60 * 60 * 1000;
  for (const person of PEOPLE) {
    const user: User = { id: userOf(person.key), openid: demoOpenid(person.key), nickname: person.nickname, avatarUrl: '', consentVersion: CONSENT_VERSION, createdAt: now - 90 * DAY };
    if (person.phone) user.phone = person.phone;
    join(user, person, now - 90 * DAY);
  }

  // Neighbours fill the 幸福里 households nobody above lives in, one person each.
  const occupied = new Set(PEOPLE.map((person) => person.householdId));
  const free = households.filter((household) => household.communityId === XINGFULI && !occupied.has(household.id));
  NEIGHBOURS.forEach((nickname, index) => {
    const household = free[(index * 7) % free.length];
    const openid = `seed:neighbour-${index + 1}`;
    const user: User = { id: userIdFor(openid), openid, nickname, avatarUrl: '', consentVersion: CONSENT_VERSION, createdAt: now - (60 - index) * DAY };
    join(user, { role: 'resident', communityId: XINGFULI, householdId: household.id }, user.createdAt);
  });

  // One newcomer already waiting, so the committee's queue is not empty on a fresh demo.
  const newcomerOpenid = 'seed:newcomer-he';
  const newcomer: User = { id: userIdFor(newcomerOpenid), openid: newcomerOpenid, nickname: '新邻居小何', avatarUrl: '', consentVersion: CONSENT_VERSION, createdAt: now - DAY };
  users.push(newcomer);
  const joinRequests: JoinRequest[] = [
    { id: `${newcomer.id}:1`, communityId: XINGFULI, userId: newcomer.id, householdId: hh(7, 1, 101), note: '刚搬来，租住7栋', status: 'pending', createdAt: now - DAY },
  ];

  const inviteCodes = households.map((household) => inviteCodeDoc(household, household.inviteCode, now - 90 * DAY));

  // The councils' owners come first: where one shares a household (刘叔 with 王阿姨), the resident already living there stays its answering member.
  const owners = ownerPeople(now, households);
  users.push(...owners.users);
  members.unshift(...owners.members);

  const neighbour = (n: number) => {
    const userId = userIdFor(`seed:neighbour-${n}`);
    return { userId, nickname: NEIGHBOURS[n - 1] ?? '', householdId: members.find((member) => member.userId === userId)?.householdId ?? null };
  };
  const reports = demoReports(now, userOf, STREET_ID);
  const trees = demoTrees(now, userOf, (n) => neighbour(n).userId);

  const workersOf = (gridId: string): string[] => PEOPLE.filter((person) => person.gridIds?.includes(gridId)).map((person) => userOf(person.key));
  const grids: Grid[] = GRIDS.map((grid) => ({ ...grid, workerIds: workersOf(grid.id) }));

  return {
    streets: [{ id: STREET_ID, name: '青石街道', officerIds: [userOf('street-officer')] }],
    communities: [
      { id: XINGFULI, streetId: STREET_ID, name: '幸福里社区', center: { lat: 30.66, lng: 104.08 }, dutyUserIds: [userOf('committee-chen'), userOf('committee-liu')], layoutStamp: newLayoutStamp() },
      { id: HEPING, streetId: STREET_ID, name: '和平社区', center: { lat: 30.67, lng: 104.09 }, dutyUserIds: [userOf('heping-committee')], layoutStamp: newLayoutStamp() },
    ],
    grids,
    buildings,
    households,
    users,
    members,
    joinRequests,
    inviteCodes,
    ...demoDrives(now, userOf),
    ...reports,
    ...demoCouncils(now, userOf, { households, members }),
    ...demoPolls(now, userOf, members),
    ...demoNotices({ now, authorId: userOf('committee-chen'), streetId: STREET_ID, buildings, households, members }),
    ...trees,
    ...demoPledges(now, { userOf, neighbour }),
    ...demoActs({ ...reports, ...trees, members }),
  };
}

export type SeedSummary = { [K in keyof DemoData]: number };

/**
 * Writes the demo in one transaction: all of it or nothing. Given the Files port, the seeded problem reports
 * also get placeholder photos (stored first; saving the same photo again is harmless).
 */
export async function seedDemo(store: Store, clock: Clock, files?: Pick<Files, 'save'>): Promise<SeedSummary> {
  const data = demoData(clock.now());
  if (files) await attachDemoPhotos(data.reports, files, (key) => userIdFor(demoOpenid(key)));
  if (files) await attachTreePhotos(data.careLogs, files);
  const summary = (await writeRecords(store, { ...data })) as SeedSummary;
  // The seeded cases and care logs took their photos on, so the upload sweep keeps them.
  for (const report of data.reports) {
    for (const photo of [...report.photos, ...report.afterPhotos]) await store.update('files', photo.fileId, { attachedTo: `reports/${report.id}` });
  }
  for (const log of data.careLogs) {
    for (const photo of log.photos) await store.update('files', photo.fileId, { attachedTo: `careLogs/${log.id}` });
  }
  return summary;
}

/** Whether a store already holds a community (then seeding is skipped on start). */
export async function isSeeded(store: Store): Promise<boolean> {
  return (await store.count('communities', {})) > 0;
}
