// Helpers the council and vote tests share: neighbours living in chosen buildings, topics, votes, a property
// register of 5栋2单元, and the refusal of an envelope.
import { userIdFor } from '../../cloud/handlers/actor';
import type { ActionInput } from '../../src/domain/actions';
import type { Household, Member, User } from '../../src/domain/membership/types';
import { dataOf, type DemoWorld } from '../support/demo-world';

export const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string; fields?: Record<string, string> } }) => (envelope.ok ? null : envelope.error);

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Adds `count` active residents with openids `${prefix}:<n>`, spread over the households of the given buildings
 * (several people share a household when there are fewer doors than people). Answers their openids.
 */
export async function addNeighbours(world: DemoWorld, count: number, buildingIds: string[] = ['b-5'], prefix = 'neighbour'): Promise<string[]> {
  const now = world.clock.now();
  const households = (await world.sqlite.find<Household>('households', { communityId: 'c-xingfuli' })).filter((household) => buildingIds.includes(household.buildingId));
  const openids = Array.from({ length: count }, (_, n) => `${prefix}:${n + 1}`);
  await world.sqlite.transaction(async (tx) => {
    for (const [index, openid] of openids.entries()) {
      const household = households[index % households.length]!;
      const id = userIdFor(openid);
      const user: User = { id, openid, nickname: `邻居${index + 1}`, avatarUrl: '', createdAt: now, currentCommunityId: 'c-xingfuli' };
      const member: Member = {
        id: `c-xingfuli:${id}`,
        communityId: 'c-xingfuli',
        userId: id,
        role: 'resident',
        status: 'active',
        householdId: household.id,
        buildingId: household.buildingId,
        gridId: household.gridId,
        gridIds: [],
        joinedAt: now,
      };
      await tx.insert('users', user);
      await tx.insert('members', member);
    }
  });
  return openids;
}

export async function propose(world: DemoWorld, key: string, overrides: Partial<ActionInput<'topics.propose'>> = {}): Promise<string> {
  const input: ActionInput<'topics.propose'> = {
    title: '5栋加装电梯',
    description: '5栋是六层老楼，没有电梯，楼上老人上下楼困难，建议申请既有住宅加装电梯补贴。',
    audience: { level: 'building', ids: ['b-5'] },
    ...overrides,
  };
  return dataOf(await world.demo(key)('topics.propose', input)).id;
}

/** A yes / no vote of the residents of 5栋, open from now for a day, unless told otherwise. */
export function voteInput(world: DemoWorld, overrides: Partial<ActionInput<'votes.create'>> = {}): ActionInput<'votes.create'> {
  return {
    question: '是否同意在5栋门前增设电动车充电桩',
    kind: 'yes_no',
    rule: 'residents_assembly',
    electorate: { kind: 'residents', audience: { level: 'building', ids: ['b-5'] } },
    closesAt: world.clock.now() + DAY_MS,
    ...overrides,
  };
}

export async function createVote(world: DemoWorld, overrides: Partial<ActionInput<'votes.create'>> = {}): Promise<string> {
  return dataOf(await world.demo('committee-chen')('votes.create', voteInput(world, overrides))).id;
}

/** A 2单元 of six floors, two homes a floor; 301 and 302 belong to one owner (张建国), counted once. */
export const registerCsv = (building = '5栋'): string =>
  [
    '楼栋,单元,房号,面积,业主',
    ...[1, 2, 3, 4, 5, 6].flatMap((floor) => [
      `${building},2,${floor}01,89.56,${floor === 3 ? '张建国' : `业主${floor}01`}`,
      `${building},2,${floor}02,72.38,${floor === 3 ? '张建国' : `业主${floor}02`}`,
    ]),
  ].join('\n');

/** Imports 5栋2单元 over the demo's register (same homes, these owners). */
export const REGISTER_CSV = registerCsv();

export async function importRegister(world: DemoWorld, csv = REGISTER_CSV): Promise<void> {
  dataOf(await world.demo('committee-chen')('register.import', { format: 'csv', content: csv }));
}

/** The unit id of a 2单元 room of a building (5栋 unless told) in the register. */
export async function unitId(world: DemoWorld, room: string, buildingId = 'b-5'): Promise<string> {
  const register = dataOf(await world.demo('committee-chen')('register.units', { buildingId }));
  const unit = register.units.find((row) => row.unit === '2' && row.room === room);
  if (!unit) throw new Error(`no unit 2单元${room} in ${buildingId}`);
  return unit.id;
}

export async function bind(world: DemoWorld, room: string, openid: string, buildingId = 'b-5'): Promise<void> {
  dataOf(await world.demo('committee-chen')('register.bind', { unitId: await unitId(world, room, buildingId), userId: userIdFor(openid) }));
}
