// A volunteer's own record in their community: confirmed hours, person-times (人次) and drives — hours still
// waiting for the organiser are shown as waiting, never as earned — and the data of the 志愿服务证明.
import { createHash } from 'node:crypto';
import { totalsOf } from '../../../src/domain/drives/hours';
import type { Drive, ProfileDrive, Signup } from '../../../src/domain/drives/types';
import type { User } from '../../../src/domain/membership/types';
import type { ActionHandler, HandlerContext } from '../context';
import { conflict } from '../errors';
import { loadCommunity } from '../reports/access';

const HISTORY = 200;

async function ownRecord(ctx: HandlerContext): Promise<{ user: User | null; signups: Signup[]; drives: Map<string, Drive> }> {
  const { store, actor } = ctx;
  const signups = await store.find<Signup>('driveSignups', { userId: actor.userId }, { orderBy: [['createdAt', 'desc']], limit: HISTORY });
  const ids = [...new Set(signups.map((signup) => signup.driveId))];
  const [user, drives] = await Promise.all([
    store.get<User>('users', actor.userId),
    ids.length ? store.find<Drive>('drives', { id: { $in: ids } }) : Promise.resolve([]),
  ]);
  return { user, signups, drives: new Map(drives.map((drive) => [drive.id, drive])) };
}

export const volunteerProfile: ActionHandler<'drives.profile'> = async (_input, ctx) => {
  const { user, signups, drives } = await ownRecord(ctx);
  const totals = totalsOf(signups);
  const rows: ProfileDrive[] = [];
  for (const signup of signups) {
    const drive = drives.get(signup.driveId);
    if (!drive || signup.status === 'cancelled') continue;
    rows.push({ driveId: drive.id, title: drive.title, kind: drive.kind, startsAt: drive.startsAt, status: signup.status, confirmedMinutes: signup.hours?.minutes ?? null });
  }
  rows.sort((a, b) => b.startsAt - a.startsAt);
  return { name: user?.nickname ?? '', confirmedMinutes: totals.minutes, personTimes: totals.personTimes, awaitingConfirmation: totals.awaiting, drives: rows };
};

export const certificate: ActionHandler<'drives.certificate'> = async (_input, ctx) => {
  const { user, signups, drives } = await ownRecord(ctx);
  const confirmed = signups.filter((signup) => signup.hours && drives.has(signup.driveId));
  if (!confirmed.length) throw conflict('drive.noHoursYet');
  const totals = totalsOf(confirmed);
  const served = confirmed.map((signup) => drives.get(signup.driveId)!);
  const community = await loadCommunity(ctx.store, ctx.actor.communityId);
  const from = Math.min(...served.map((drive) => drive.startsAt));
  const to = Math.max(...served.map((drive) => drive.endsAt));
  const issuedAt = ctx.clock.now();
  // The serial names this person, community and total, so a changed total prints a different serial.
  const digest = createHash('sha256').update(`${community.id}\n${ctx.actor.userId}\n${totals.minutes}\n${totals.personTimes}`).digest('hex');
  const year = new Date(issuedAt + 8 * 3_600_000).getUTCFullYear();
  return {
    name: user?.nickname ?? '',
    minutes: totals.minutes,
    personTimes: totals.personTimes,
    from,
    to,
    communityName: community.name,
    sealText: `${community.name}居民委员会`,
    issuedAt,
    serial: `ZYFW-${year}-${digest.slice(0, 8).toUpperCase()}`,
  };
};
