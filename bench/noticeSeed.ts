// The notice bench's data: 10 000 notices in 幸福里 (a year of them: mostly to everyone, some to a grid or a
// building, a few pinned, older ones expired), and a large community of 5 000 households whose one community-wide
// notice most households have read, each read written the way the detail action writes it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalPorts, type LocalPorts } from '../cloud/adapters/local';
import { userIdFor } from '../cloud/handlers/actor';
import { feedRowsOf } from '../cloud/handlers/notices/feedRows';
import { emptyTally, writeRead } from '../cloud/handlers/notices/reads';
import { seedDemo, STREET_ID, XINGFULI } from '../cloud/seed/demo';
import type { Audience } from '../src/domain/common/scope';
import type { Building, Community, Grid, Household, Member, User } from '../src/domain/membership/types';
import type { Notice } from '../src/domain/notices/types';
import { NOTICE_CATEGORY_KEYS } from '../src/domain/notices/categories';
import type { Random } from './random';

export const BIG = 'c-bench-big';
export const BIG_COMMITTEE = 'bench:big-committee';
export const BIG_NOTICE = 'nt-bench-big';
const DAY = 24 * 60 * 60 * 1000;
const BATCH = 5_000;

export interface NoticeBenchWorld {
  ports: LocalPorts;
  dataDir: string;
  now: number;
  rows: { notices: number; feedRows: number; households: number; residents: number; reads: number; buildings: number };
  seedSeconds: number;
}

const XINGFULI_GRIDS = ['g-1', 'g-2', 'g-3'];
const XINGFULI_BUILDINGS = ['b-1', 'b-2', 'b-3', 'b-4', 'b-5', 'b-6', 'b-7', 'b-8'];

function audienceFor(random: Random): Audience {
  const level = random.weighted({ community: 60, grid: 25, building: 15 });
  if (level === 'community') return { level };
  if (level === 'grid') return { level, ids: [random.pick(XINGFULI_GRIDS)] };
  return { level, ids: [...new Set([random.pick(XINGFULI_BUILDINGS), random.pick(XINGFULI_BUILDINGS)])] };
}

function noticeOf(n: number, now: number, authorId: string, random: Random): Notice {
  const publishAt = Math.round(now - random.next() * 365 * DAY);
  const expires = random.next() < 0.7;
  return {
    id: `nt_b${n.toString(16).padStart(10, '0')}`,
    communityId: XINGFULI,
    streetId: STREET_ID,
    category: random.pick(NOTICE_CATEGORY_KEYS),
    title: `第${n}号通知`,
    body: ['因管道检修，周六8:00—16:00停水，请提前储水。', '如有困难请联系网格员。'],
    images: [],
    audience: audienceFor(random),
    // A handful pinned, as a committee keeps a few standing notices on top.
    pinned: n % 1_000 === 0,
    important: false,
    publishAt,
    expiresAt: expires ? publishAt + Math.round(random.between(3, 30) * DAY) : null,
    status: 'published',
    version: 1,
    authorId,
    authorRole: 'committee',
    createdAt: publishAt,
    updatedAt: publishAt,
  };
}

/** The large community: `buildings` buildings of 100 households, one to three residents each. */
async function seedBigCommunity(ports: LocalPorts, now: number, buildingCount: number, random: Random) {
  const grids: Grid[] = Array.from({ length: 5 }, (_, g) => ({ id: `g-big-${g + 1}`, communityId: BIG, name: `锦绣第${g + 1}网格`, polygon: [], workerIds: [] }));
  const buildings: Building[] = Array.from({ length: buildingCount }, (_, b) => ({ id: `b-big-${b + 1}`, communityId: BIG, gridId: grids[b % grids.length]!.id, name: `${b + 1}栋` }));
  const households: Household[] = [];
  const people: Array<{ user: User; member: Member }> = [];
  for (const building of buildings) {
    for (let unit = 1; unit <= 4; unit += 1) {
      for (let floor = 1; floor <= 25; floor += 1) {
        const id = `h-big-${building.id.slice(6)}-${unit}-${floor}`;
        households.push({ id, communityId: BIG, buildingId: building.id, gridId: building.gridId, label: `${building.name}${unit}单元${floor}01`, inviteCode: '' });
        const living = 1 + random.int(3);
        for (let p = 0; p < living; p += 1) {
          const openid = `bench:${id}:${p}`;
          const userId = userIdFor(openid);
          people.push({
            user: { id: userId, openid, nickname: `居民${people.length + 1}`, avatarUrl: '', createdAt: now, currentCommunityId: BIG },
            member: { id: `${BIG}:${userId}`, communityId: BIG, userId, role: 'resident', status: 'active', householdId: id, buildingId: building.id, gridId: building.gridId, gridIds: [], joinedAt: now, current: true },
          });
        }
      }
    }
  }
  const committeeId = userIdFor(BIG_COMMITTEE);
  const community: Community = { id: BIG, streetId: STREET_ID, name: '锦绣花园社区', center: { lat: 30.67, lng: 104.1 }, dutyUserIds: [committeeId] };
  const notice: Notice = {
    id: BIG_NOTICE, communityId: BIG, streetId: STREET_ID, category: 'policy', title: '生活垃圾分类投放指南', body: ['生活垃圾分为四类，请分类投放。'], images: [],
    audience: { level: 'community' }, pinned: true, important: false, publishAt: now - 10 * DAY, expiresAt: null, status: 'published', version: 1,
    authorId: committeeId, authorRole: 'committee', createdAt: now - 10 * DAY, updatedAt: now - 10 * DAY,
  };
  await ports.store.transaction(async (tx) => {
    await tx.insert('communities', community);
    await tx.insert('users', { id: committeeId, openid: BIG_COMMITTEE, nickname: '锦绣书记', avatarUrl: '', createdAt: now, currentCommunityId: BIG });
    await tx.insert('members', { id: `${BIG}:${committeeId}`, communityId: BIG, userId: committeeId, role: 'committee', status: 'active', gridIds: [], joinedAt: now, current: true });
    for (const doc of grids) await tx.insert('grids', doc);
    for (const doc of buildings) await tx.insert('buildings', doc);
    for (const doc of households) await tx.insert('households', doc);
    await tx.insert('notices', notice);
    for (const row of feedRowsOf(notice)) await tx.insert('noticeFeed', row);
    for (const building of buildings) await tx.insert('noticeTallies', emptyTally(notice, building.id));
  });
  for (let first = 0; first < people.length; first += BATCH) {
    await ports.store.transaction(async (tx) => {
      for (const { user, member } of people.slice(first, first + BATCH)) {
        await tx.insert('users', user);
        await tx.insert('members', member);
      }
    });
  }
  // About two residents in three have opened it, as a guide pinned for ten days would be.
  const readers = people.filter(() => random.next() < 0.65).map(({ member }) => member);
  for (let first = 0; first < readers.length; first += BATCH) {
    await ports.store.transaction(async (tx) => {
      for (const member of readers.slice(first, first + BATCH)) await writeRead(tx, notice, member, now - random.int(10 * DAY));
    });
  }
  return { households: households.length, residents: people.length, reads: readers.length, buildings: buildings.length };
}

export async function seedNoticeBench(options: { notices: number; bigBuildings: number; random: Random }): Promise<NoticeBenchWorld> {
  const start = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-notices-'));
  const ports = createLocalPorts({ dataDir });
  const now = ports.clock.now();
  await seedDemo(ports.store, ports.clock);
  const authorId = userIdFor('demo:committee-chen');
  let feedRows = 0;
  for (let first = 0; first < options.notices; first += BATCH) {
    await ports.store.transaction(async (tx) => {
      for (let n = first; n < Math.min(options.notices, first + BATCH); n += 1) {
        const notice = noticeOf(n, now, authorId, options.random);
        await tx.insert('notices', notice);
        for (const row of feedRowsOf(notice)) {
          await tx.insert('noticeFeed', row);
          feedRows += 1;
        }
      }
    });
  }
  const big = await seedBigCommunity(ports, now, options.bigBuildings, options.random);
  return { ports, dataDir, now, rows: { notices: options.notices, feedRows, ...big }, seedSeconds: (performance.now() - start) / 1000 };
}
