// Helpers the drive tests share: a drive published as someone, the times of the demo Saturday, the organiser's
// current code, and what a sign-up looks like in storage.
import type { Drive, Signup } from '../../src/domain/drives/types';
import type { ActionInput } from '../../src/domain/actions';
import { dataOf, type DemoWorld } from '../support/demo-world';
import { idOf } from './reports-world';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** The demo world starts on Friday 2026-11-20 09:00; the drive is the next morning. */
export const SATURDAY_9 = Date.parse('2026-11-21T09:00:00+08:00');
/** 5栋后院, inside grid 2. */
export const BACKYARD = { lat: 30.6596, lng: 104.0818 };

type PublishInput = ActionInput<'drives.publish'>;

export function driveInput(overrides: Partial<PublishInput> = {}): PublishInput {
  return {
    title: '5栋后院卫生死角大清除',
    kind: 'cleanup',
    description: '清理5栋后院和自行车棚周边的卫生死角，分类装袋后统一清运',
    startsAt: SATURDAY_9,
    endsAt: SATURDAY_9 + 2.5 * HOUR,
    signUpBy: SATURDAY_9 - 13 * HOUR,
    place: { ...BACKYARD, address: '5栋后院自行车棚', radiusMeters: null },
    capacity: 8,
    bring: '手套、扫帚（社区备有垃圾袋和夹子）',
    ...overrides,
  };
}

export async function publish(world: DemoWorld, key: string, overrides: Partial<PublishInput> = {}): Promise<string> {
  return dataOf(await world.demo(key)('drives.publish', driveInput(overrides))).ids[0]!;
}

export const storedDrive = async (world: DemoWorld, driveId: string): Promise<Drive> => (await world.sqlite.get<Drive>('drives', driveId))!;

export const storedSignup = async (world: DemoWorld, driveId: string, key: string): Promise<Signup | null> =>
  world.sqlite.get<Signup>('driveSignups', `${driveId}:${idOf(key)}`);

/** The organiser's rotating code right now. */
export const currentCode = async (world: DemoWorld, organiser: string, driveId: string) => dataOf(await world.demo(organiser)('drives.checkInCode', { driveId }));

export const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string; fields?: Record<string, string>; params?: Record<string, unknown> } }) =>
  envelope.ok ? null : envelope.error!;
