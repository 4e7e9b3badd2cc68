// 志愿活动 sign-ups per second: `drives.signUp` through the shipped function (validation, caller resolution, the scoped
// store, the rules, the transaction that takes a place or the next waitlist number, the view) beside the same
// conditional write straight against SQLite (one transaction: the pool's counters moved only while they still
// hold what was read, then the sign-up inserted). Half of each side's sign-ups find the pool full and queue. Then
// 500 sign-ups at once for 30 places, checked to place exactly 30.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalPorts, DATABASE_FILE } from '../cloud/adapters/local';
import { callerOn, closeShipped, shippedFunction } from './shipped';
import { userIdFor } from '../cloud/handlers/actor';
import { demoOpenid, seedDemo, XINGFULI } from '../cloud/seed/demo';
import type { DriveSlot, Signup } from '../src/domain/drives/types';
import type { Member, User } from '../src/domain/membership/types';
import { compareThroughput, type Throughput } from './measure';
import { count, perSecond, ratio, renderTable } from './table';

// Capacity tops out at 500 places: half of 1 000 sign-ups are placed, half queue.
const SIGN_UPS = 1_000;
const SECONDS = 60;
const CROWD = 500;
const CROWD_PLACES = 30;

class BenchFailure extends Error {}

/** A second connection doing the sign-up as one conditional SQL transaction. */
function directSignUp(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const readSlot = db.prepare('SELECT doc FROM driveSlots WHERE id = ?');
  const moveSlot = db.prepare(
    "UPDATE driveSlots SET doc = json_set(doc, '$.taken', @taken, '$.seq', @seq) WHERE id = @id AND json_extract(doc, '$.taken') = @readTaken AND json_extract(doc, '$.seq') = @readSeq",
  );
  const insert = db.prepare('INSERT INTO driveSignups (id, doc) VALUES (?, ?)');
  const signUp = db.transaction((slotId: string, signup: Omit<Signup, 'status' | 'seq'>) => {
    const slot = JSON.parse((readSlot.get(slotId) as { doc: string }).doc) as DriveSlot;
    const placed = slot.taken < slot.capacity;
    const seq = slot.seq + 1;
    const moved = moveSlot.run({ id: slotId, taken: placed ? slot.taken + 1 : slot.taken, seq, readTaken: slot.taken, readSeq: slot.seq });
    if (moved.changes !== 1) throw new Error('slot moved under the transaction');
    insert.run(signup.id, JSON.stringify({ ...signup, status: placed ? 'signed_up' : 'waitlisted', seq }));
  });
  return { signUp, close: () => db.close() };
}

export async function benchDrives(progress: (message: string) => void): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-drives-'));
  const ports = createLocalPorts({ dataDir });
  const direct = directSignUp(join(dataDir, DATABASE_FILE));
  try {
    progress(`seeding the demo world and ${count(SIGN_UPS + CROWD)} residents for the drives bench…`);
    await seedDemo(ports.store, ports.clock);
    const now = ports.clock.now();
    const openids = Array.from({ length: SIGN_UPS + CROWD }, (_, n) => `bench:volunteer-${n + 1}`);
    await ports.store.transaction(async (tx) => {
      for (const openid of openids) {
        const id = userIdFor(openid);
        const user: User = { id, openid, nickname: `志愿者${id.slice(-4)}`, avatarUrl: '', createdAt: now, currentCommunityId: XINGFULI };
        const member: Member = { id: `${XINGFULI}:${id}`, communityId: XINGFULI, userId: id, role: 'resident', status: 'active', gridIds: [], joinedAt: now, current: true };
        await tx.insert('users', user);
        await tx.insert('members', member);
      }
    });
    const dispatch = await shippedFunction(dataDir);
    const call = callerOn(dispatch, (message) => new BenchFailure(message));
    const tomorrow = now + 24 * 3_600_000;
    const publish = async (capacity: number) =>
      (
        await call(demoOpenid('committee-chen'), 'drives.publish', {
          title: '5栋后院卫生死角大清除',
          kind: 'cleanup',
          startsAt: tomorrow,
          endsAt: tomorrow + 2.5 * 3_600_000,
          place: { lat: 30.6596, lng: 104.0818, address: '5栋后院自行车棚' },
          capacity,
        })
      ).ids[0]!;
    const [viaDrive, directDrive, crowdDrive] = [await publish(SIGN_UPS / 2), await publish(SIGN_UPS / 2), await publish(CROWD_PLACES)];

    progress('measuring drives.signUp…');
    const [via, sql] = (await compareThroughput(SIGN_UPS, SECONDS, [
      (i) => call(openids[i]!, 'drives.signUp', { driveId: viaDrive }),
      (i) => {
        const userId = userIdFor(openids[i]!);
        direct.signUp(`${directDrive}:all`, {
          id: `${directDrive}:${userId}`, driveId: directDrive, communityId: XINGFULI, userId, walkInName: null, taskKey: 'all',
          checkedInAt: null, checkedOutAt: null, checkInBy: null, checkOutBy: null, proxyBy: null, usedWindow: null, hours: null, remindedAt: null,
          createdAt: now, updatedAt: now,
        });
      },
    ])) as [Throughput, Throughput];
    for (const driveId of [viaDrive, directDrive]) {
      const placed = await ports.store.count('driveSignups', { driveId, status: 'signed_up' });
      const waiting = await ports.store.count('driveSignups', { driveId, status: 'waitlisted' });
      if (placed !== Math.min(via.operations, SIGN_UPS / 2) || placed + waiting !== via.operations) {
        throw new BenchFailure(`drive ${driveId}: ${placed} placed and ${waiting} waiting after ${via.operations} sign-ups`);
      }
    }

    progress(`${CROWD} sign-ups at once for ${CROWD_PLACES} places…`);
    const crowd = openids.slice(SIGN_UPS);
    const started = performance.now();
    const answers = await Promise.all(crowd.map((openid) => dispatch({ action: 'drives.signUp', input: { driveId: crowdDrive } }, { openid })));
    const crowdSeconds = (performance.now() - started) / 1000;
    const placed = await ports.store.count('driveSignups', { driveId: crowdDrive, status: 'signed_up' });
    const refused = answers.filter((answer) => !answer.ok).length;
    if (placed !== CROWD_PLACES || refused) throw new BenchFailure(`crowd: ${placed} placed, ${refused} refused`);

    const table = renderTable(
      ['drives.signUp (one after another)', 'sign-ups', 'per second', 'CPU per sign-up', 'function takes'],
      [
        ['through the function', count(via.operations), perSecond(via.perSecond), `${via.cpuMsPerOp.toFixed(2)} ms`, ratio(sql.perSecond / via.perSecond)],
        ['direct conditional insert (SQLite)', count(sql.operations), perSecond(sql.perSecond), `${sql.cpuMsPerOp.toFixed(2)} ms`, ''],
      ],
      new Set([1, 2, 3, 4]),
    );
    return [
      '',
      '志愿活动 sign-ups',
      table,
      `A sign-up through the function takes ${ratio(sql.perSecond / via.perSecond)} the time of the direct conditional insert (half of each side's sign-ups queued on the waitlist); both wait on the same disk syncs.`,
      `${CROWD} sign-ups at once for ${CROWD_PLACES} places through the function: exactly ${placed} placed, ${CROWD - placed} queued, in ${crowdSeconds.toFixed(2)} s (${perSecond(CROWD / crowdSeconds)}).`,
    ].join('\n');
  } finally {
    direct.close();
    await closeShipped();
    await ports.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
