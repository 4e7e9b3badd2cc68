// What each reader receives of a drive: cards for the list, the detail with the caller's own sign-up and what they
// may do next, and the organiser's attendance. Volunteers are named by nickname only, never by phone or door.
import { attendedMinutes, windowMinutes } from '../../../src/domain/drives/hours';
import { canManage, cancelOutcome, checkInTimeOutcome, phaseOf, signUpOutcome } from '../../../src/domain/drives/rules';
import type {
  AttendanceRow,
  AttendanceView,
  Drive,
  DriveAbilities,
  DriveCard,
  DriveDetail,
  DriveSlot,
  LinkedCase,
  MySignup,
  Signup,
} from '../../../src/domain/drives/types';
import type { User } from '../../../src/domain/membership/types';
import type { Report } from '../../../src/domain/reports/types';
import type { Actor } from '../../../src/domain/roles';
import type { Files, Store } from '../../ports';
import { passedIds, urlsOf } from '../../kit/content';
import { signupIdOf, slotIdOf } from './access';

export interface ViewPorts {
  store: Store;
  files: Files;
  actor: Actor;
  now: number;
}

/** 1 for the next to be promoted; null unless waitlisted. */
export async function waitlistPosition(store: Store, signup: Signup): Promise<number | null> {
  if (signup.status !== 'waitlisted') return null;
  const ahead = await store.count('driveSignups', { driveId: signup.driveId, taskKey: signup.taskKey, status: 'waitlisted', seq: { $lt: signup.seq } });
  return ahead + 1;
}

export async function mySignupView(store: Store, signup: Signup): Promise<MySignup> {
  return {
    id: signup.id,
    status: signup.status,
    taskKey: signup.taskKey,
    waitlistPosition: await waitlistPosition(store, signup),
    checkedInAt: signup.checkedInAt,
    checkedOutAt: signup.checkedOutAt,
    confirmedMinutes: signup.hours?.minutes ?? null,
  };
}

/** Covers live on the first drive of a series (one photo check for all dates). */
async function coverUrls(ports: ViewPorts, drives: readonly Drive[]): Promise<Map<string, string>> {
  const headIds = [...new Set(drives.map((drive) => drive.seriesId))];
  const heads = await ports.store.find<Drive>('drives', { id: { $in: headIds } });
  const fileOf = new Map(heads.map((head) => [head.id, passedIds(head.cover)[0]]));
  const urlOf = await urlsOf(ports.files, [...fileOf.values()].filter((id): id is string => !!id));
  const result = new Map<string, string>();
  for (const drive of drives) {
    const fileId = fileOf.get(drive.seriesId);
    if (fileId && urlOf.get(fileId)) result.set(drive.id, urlOf.get(fileId)!);
  }
  return result;
}

export async function driveCards(ports: ViewPorts, drives: readonly Drive[]): Promise<DriveCard[]> {
  if (!drives.length) return [];
  const [covers, mine] = await Promise.all([
    coverUrls(ports, drives),
    ports.store.find<Signup>('driveSignups', { id: { $in: drives.map((drive) => signupIdOf(drive.id, ports.actor.userId)) } }),
  ]);
  const statusOf = new Map(mine.map((signup) => [signup.driveId, signup.status]));
  return drives.map((drive) => ({
    id: drive.id,
    title: drive.title,
    kind: drive.kind,
    startsAt: drive.startsAt,
    endsAt: drive.endsAt,
    signUpBy: drive.signUpBy,
    phase: phaseOf(drive, ports.now),
    address: drive.place.address,
    capacity: drive.capacity,
    placesLeft: drive.placesLeft,
    coverUrl: covers.get(drive.id) ?? null,
    team: drive.team,
    caseCount: drive.reportIds.length,
    mine: statusOf.get(drive.id) ?? null,
  }));
}

export function abilitiesOn(actor: Actor, drive: Drive, signup: Signup | null, now: number): DriveAbilities {
  const status = signup?.status ?? null;
  return {
    signUp: (status === null || status === 'cancelled') && signUpOutcome(actor, drive, drive.tasks[0]?.key, now).kind === 'ok',
    cancel: (status === 'signed_up' || status === 'waitlisted') && cancelOutcome(drive, now).kind === 'ok',
    checkIn: status === 'signed_up' && checkInTimeOutcome(drive, now).kind === 'ok',
    checkOut: status === 'checked_in' && drive.closedAt === null,
    manage: canManage(actor, drive),
  };
}

async function linkedCases(store: Store, drive: Drive): Promise<LinkedCase[]> {
  if (!drive.reportIds.length) return [];
  const reports = await store.find<Report>('reports', { id: { $in: drive.reportIds } });
  const order = new Map(drive.reportIds.map((id, index) => [id, index]));
  return reports
    .filter((report) => !report.hidden)
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map(({ id, category, address, description, status }) => ({ id, category, address, description, status }));
}

export async function driveDetail(ports: ViewPorts, drive: Drive): Promise<DriveDetail> {
  const { store, actor, now } = ports;
  const keys = drive.tasks.length ? drive.tasks.map((task) => task.key) : ['all'];
  const [[card], slots, signup, organiser, cases, waiting] = await Promise.all([
    driveCards(ports, [drive]),
    store.find<DriveSlot>('driveSlots', { id: { $in: keys.map((key) => slotIdOf(drive.id, key)) } }),
    store.get<Signup>('driveSignups', signupIdOf(drive.id, actor.userId)),
    store.get<User>('users', drive.organiserId),
    linkedCases(store, drive),
    Promise.all(keys.map((key) => store.count('driveSignups', { driveId: drive.id, taskKey: key, status: 'waitlisted' }))),
  ]);
  const slotOf = new Map(slots.map((slot) => [slot.taskKey, slot]));
  return {
    ...card!,
    description: drive.description,
    bring: drive.bring,
    place: drive.place,
    tasks: drive.tasks.map((task, index) => ({ ...task, taken: slotOf.get(task.key)?.taken ?? 0, waitlisted: waiting[index] ?? 0 })),
    waitlisted: waiting.reduce((sum, count) => sum + count, 0),
    organiserName: organiser?.nickname ?? '',
    mySignup: signup ? await mySignupView(store, signup) : null,
    cases,
    can: abilitiesOn(actor, drive, signup, now),
  };
}

/** Everyone who signed up, by arrival, with the time each would be credited. */
export async function attendanceView(ports: Pick<ViewPorts, 'store' | 'now'>, drive: Drive): Promise<AttendanceView> {
  const signups = (await ports.store.find<Signup>('driveSignups', { driveId: drive.id }, { orderBy: [['seq', 'asc'], ['id', 'asc']] })).filter(
    (signup) => signup.status !== 'cancelled',
  );
  const userIds = [...new Set(signups.map((signup) => signup.userId).filter((id): id is string => !!id))];
  const users = userIds.length ? await ports.store.find<User>('users', { id: { $in: userIds } }) : [];
  const nameOf = new Map(users.map((user) => [user.id, user.nickname]));
  const until = Math.min(ports.now, drive.endsAt);
  const rows: AttendanceRow[] = signups.map((signup) => ({
    signupId: signup.id,
    name: signup.walkInName ?? nameOf.get(signup.userId ?? '') ?? '',
    walkIn: signup.userId === null,
    taskKey: signup.taskKey,
    status: signup.status,
    checkedInAt: signup.checkedInAt,
    checkedOutAt: signup.checkedOutAt,
    checkInBy: signup.checkInBy,
    checkOutBy: signup.checkOutBy,
    computedMinutes: attendedMinutes(drive, signup.checkedInAt, signup.checkedOutAt ?? (signup.status === 'checked_in' ? until : null)),
    confirmedMinutes: signup.hours?.minutes ?? null,
    reason: signup.hours?.reason ?? null,
  }));
  return {
    driveId: drive.id,
    title: drive.title,
    startsAt: drive.startsAt,
    endsAt: drive.endsAt,
    windowMinutes: windowMinutes(drive),
    phase: phaseOf(drive, ports.now),
    closed: drive.closedAt !== null,
    hoursConfirmedAt: drive.hoursConfirmedAt,
    rows,
  };
}
