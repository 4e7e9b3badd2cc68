// Helpers the report tests share: photos uploaded as a demo person, a case filed at a named spot, inboxes,
// and extra residents for crowd tests.
import { userIdFor } from '../../cloud/handlers/actor';
import { demoOpenid } from '../../cloud/seed/demo';
import { placeholderPng } from '../../cloud/seed/png';
import type { Member, User } from '../../src/domain/membership/types';
import type { ActionInput } from '../../src/domain/actions';
import type { Report } from '../../src/domain/reports/types';
import { dataOf, type DemoWorld } from '../support/demo-world';

/** Inside grid 2, beside 5栋. */
export const SPOT_G2 = { lat: 30.66, lng: 104.0815 };
/** Outside every grid: the community's duty queue. */
export const SPOT_DUTY = { lat: 30.657, lng: 104.08 };

export const idOf = (key: string): string => userIdFor(demoOpenid(key));

let shade = 0;
/** Uploads a fresh small PNG owned by the person and answers its file id. */
export async function photoOf(world: DemoWorld, key: string): Promise<string> {
  shade = (shade + 37) % 256;
  const stored = await world.ports.files.save({ bytes: placeholderPng([shade, 255 - shade, (shade * 7) % 256]), ownerId: idOf(key) });
  return stored.fileId;
}

type CreateInput = ActionInput<'reports.create'>;

export async function fileReport(world: DemoWorld, key: string, overrides: Partial<CreateInput> = {}): Promise<string> {
  const input: CreateInput = {
    category: 'clutter',
    description: '楼道口堆了好几袋装修垃圾和旧家具',
    photoIds: [await photoOf(world, key)],
    ...SPOT_G2,
    address: '5栋东侧通道',
    ...overrides,
  };
  return dataOf(await world.demo(key)('reports.create', input)).id;
}

export const stored = async (world: DemoWorld, reportId: string): Promise<Report> => (await world.ports.store.get<Report>('reports', reportId))!;

export async function inboxKinds(world: DemoWorld, key: string): Promise<string[]> {
  const inbox = dataOf(await world.demo(key)('inbox.list'));
  return inbox.items.map((item) => item.kind);
}

/** Adds active residents of 幸福里 with openids `crowd:<n>`; answers their openids. */
export async function addResidents(world: DemoWorld, count: number): Promise<string[]> {
  const now = world.clock.now();
  const openids = Array.from({ length: count }, (_, n) => `crowd:${n + 1}`);
  await world.ports.store.transaction(async (tx) => {
    for (const openid of openids) {
      const id = userIdFor(openid);
      const user: User = { id, openid, nickname: `邻居${openid.slice(6)}`, avatarUrl: '', createdAt: now, currentCommunityId: 'c-xingfuli' };
      const member: Member = { id: `c-xingfuli:${id}`, communityId: 'c-xingfuli', userId: id, role: 'resident', status: 'active', gridIds: [], joinedAt: now, current: true };
      await tx.insert('users', user);
      await tx.insert('members', member);
    }
  });
  return openids;
}
