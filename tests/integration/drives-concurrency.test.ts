// Capacity is hard and the waitlist keeps arrival order, however many sign up at once: 500 parallel sign-ups for
// 30 places, and cancels racing each other, through the dispatcher on SQLite and again through a store that
// answers every call 1–3 ms late (as CloudBase does), so handlers interleave between their reads and writes.
import { userIdFor } from '../../cloud/handlers/actor';
import type { Signup } from '../../src/domain/drives/types';
import { latencyWorld } from '../support/latency-store';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { addResidents } from './reports-world';
import { errorOf, publish, storedDrive } from './drives-world';

// Five hundred requests through a 1–3 ms store take about ten seconds on two shared cores.
jest.setTimeout(60_000);

const CROWD = 500;
const CAPACITY = 30;

const signupsOf = async (world: DemoWorld, driveId: string): Promise<Signup[]> =>
  world.sqlite.find<Signup>('driveSignups', { driveId }, { orderBy: [['seq', 'asc']] });

for (const [name, open] of [
  ['on SQLite', () => demoWorld()],
  ['through the latency-injecting store', () => latencyWorld({ minMs: 1, maxMs: 3, seed: 20261121 })],
] as const) {
  describe(`sign-ups racing ${name}`, () => {
    let world: DemoWorld;
    let crowd: string[];
    let driveId: string;
    beforeEach(async () => {
      world = await open();
      crowd = await addResidents(world, CROWD);
      driveId = await publish(world, 'committee-chen', { capacity: CAPACITY });
    });
    afterEach(() => world.close());

    it(`places exactly ${CAPACITY} of ${CROWD} parallel sign-ups and queues the rest in arrival order`, async () => {
      const answers = await Promise.all(crowd.map((openid) => world.as(openid)('drives.signUp', { driveId })));
      expect(answers.filter((answer) => !answer.ok)).toEqual([]);
      const signups = await signupsOf(world, driveId);
      expect(signups).toHaveLength(CROWD);
      // Arrival numbers are 1..500 without a gap or a repeat; the first 30 arrivals hold the places.
      expect(signups.map((signup) => signup.seq)).toEqual(Array.from({ length: CROWD }, (_, index) => index + 1));
      expect(signups.slice(0, CAPACITY).every((signup) => signup.status === 'signed_up')).toBe(true);
      expect(signups.slice(CAPACITY).every((signup) => signup.status === 'waitlisted')).toBe(true);
      expect(await storedDrive(world, driveId)).toMatchObject({ placesLeft: 0 });
      expect(await world.sqlite.get('driveSlots', `${driveId}:all`)).toMatchObject({ taken: CAPACITY, seq: CROWD });
      // Each answer names its own place in the queue, and together they are 1..470.
      const positions = answers.map((answer) => dataOf(answer).waitlistPosition).filter((position): position is number => position !== null);
      expect(positions).toHaveLength(CROWD - CAPACITY);
      expect(new Set(positions).size).toBe(CROWD - CAPACITY);
      expect(Math.max(...positions)).toBeLessThanOrEqual(CROWD - CAPACITY);
    });

    it('lets a cancel promote exactly one, the earliest waiting, and five racing cancels promote the next five in order', async () => {
      for (const openid of crowd.slice(0, CAPACITY + 10)) dataOf(await world.as(openid)('drives.signUp', { driveId }));
      dataOf(await world.as(crowd[0]!)('drives.cancel', { driveId }));
      let signups = await signupsOf(world, driveId);
      expect(signups.filter((signup) => signup.status === 'signed_up')).toHaveLength(CAPACITY);
      expect(signups.find((signup) => signup.userId === userIdFor(crowd[CAPACITY]!))?.status).toBe('signed_up');
      expect(signups.find((signup) => signup.userId === userIdFor(crowd[CAPACITY + 1]!))?.status).toBe('waitlisted');

      const cancels = await Promise.all(crowd.slice(1, 6).map((openid) => world.as(openid)('drives.cancel', { driveId })));
      expect(cancels.filter((answer) => !answer.ok)).toEqual([]);
      signups = await signupsOf(world, driveId);
      expect(signups.filter((signup) => signup.status === 'signed_up')).toHaveLength(CAPACITY);
      const promoted = crowd.slice(CAPACITY + 1, CAPACITY + 6).map((openid) => signups.find((signup) => signup.userId === userIdFor(openid))?.status);
      expect(promoted).toEqual(Array(5).fill('signed_up'));
      expect(signups.filter((signup) => signup.status === 'waitlisted').map((signup) => signup.seq)).toEqual(Array.from({ length: 4 }, (_, index) => CAPACITY + 7 + index));
      expect(await storedDrive(world, driveId)).toMatchObject({ placesLeft: 0 });
    });

    it('keeps the count right when a waitlisted person and a placed person cancel at once beside new arrivals', async () => {
      for (const openid of crowd.slice(0, CAPACITY + 2)) dataOf(await world.as(openid)('drives.signUp', { driveId }));
      const late = crowd.slice(CAPACITY + 2, CAPACITY + 12);
      const answers = await Promise.all([
        world.as(crowd[0]!)('drives.cancel', { driveId }),
        world.as(crowd[CAPACITY]!)('drives.cancel', { driveId }),
        ...late.map((openid) => world.as(openid)('drives.signUp', { driveId })),
      ]);
      expect(answers.map(errorOf).filter(Boolean)).toEqual([]);
      const signups = await signupsOf(world, driveId);
      expect(signups.filter((signup) => signup.status === 'signed_up')).toHaveLength(CAPACITY);
      // The first still waiting when the place freed up took it: the one who arrived 32nd.
      expect(signups.find((signup) => signup.userId === userIdFor(crowd[CAPACITY + 1]!))?.status).toBe('signed_up');
      expect(await world.sqlite.get('driveSlots', `${driveId}:all`)).toMatchObject({ taken: CAPACITY });
    });
  });
}
