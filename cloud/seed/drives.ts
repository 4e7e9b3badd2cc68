// 志愿活动 in 幸福里: 李师傅 named 志愿队长 of 第二网格志愿队; next Saturday morning's 卫生死角大清除 in 第二网格 (tasks
// 清扫 ×8, 垃圾分类劝导 ×2, 搬运 ×2; some places already taken); a community-wide tree-care morning the week after;
// and three Saturdays ago a 垃圾分类督导 at the 2栋 sorting point whose hours the committee confirmed (one corrected,
// one no-show), so 赵大爷's profile and certificate are not empty. Numbers follow the seed work reports' scale.
import { audienceKeys, type Audience } from '../../src/domain/common/scope';
import { confirmation } from '../../src/domain/drives/hours';
import type { Captain, Drive, DriveSlot, DriveTask, Signup } from '../../src/domain/drives/types';
import { userIdFor } from '../handlers/actor';

export interface DemoDrives {
  captains: Captain[];
  drives: Drive[];
  driveSlots: DriveSlot[];
  driveListings: Array<{ id: string; driveId: string; communityId: string; key: string; kind: Drive['kind']; startsAt: number; endsAt: number }>;
  driveSignups: Signup[];
}

const XINGFULI = 'c-xingfuli';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CHINA = 8 * HOUR;

/** 09:00 China time on the Saturday at least `minDays` after now (weeks = 0), or `weeks` Saturdays before (weeks < 0). */
function saturdayAt(now: number, hour: number, weeks: number, minDays = 2): number {
  const local = new Date(now + CHINA);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - CHINA;
  let ahead = (6 - local.getUTCDay() + 7) % 7;
  if (ahead < minDays) ahead += 7;
  return midnight + (ahead + 7 * weeks) * DAY + hour * HOUR;
}

const neighbour = (n: number): string => userIdFor(`seed:neighbour-${n}`);

interface Plan {
  id: string;
  title: string;
  kind: Drive['kind'];
  description: string;
  bring: string;
  startsAt: number;
  hours: number;
  signUpBefore: number;
  place: Drive['place'];
  capacity: number;
  tasks: DriveTask[];
  audience: Audience;
  organiserId: string;
  organiser: Drive['organiser'];
  team: string | null;
}

function driveOf(plan: Plan, now: number): Drive {
  return {
    id: plan.id, communityId: XINGFULI, streetId: 'st-qingshi', seriesId: plan.id, title: plan.title, kind: plan.kind,
    description: plan.description, bring: plan.bring, startsAt: plan.startsAt, endsAt: plan.startsAt + plan.hours * HOUR,
    signUpBy: plan.startsAt - plan.signUpBefore * HOUR, place: plan.place, capacity: plan.capacity, tasks: plan.tasks, cover: [],
    audience: plan.audience, organiserId: plan.organiserId, organiser: plan.organiser, team: plan.team, reportIds: [],
    placesLeft: plan.capacity, closedAt: null, hoursConfirmedAt: null, createdAt: now - 3 * DAY, updatedAt: now - 3 * DAY,
  };
}

export function demoDrives(now: number, userOf: (key: string) => string): DemoDrives {
  const li = userOf('resident-li');
  const chen = userOf('committee-chen');
  const cleanup = driveOf({
    id: 'd-demo-cleanup', title: '第二网格卫生死角大清除', kind: 'cleanup',
    description: '清理5栋后院自行车棚、6栋北侧绿化带和4栋垃圾分类点周边的卫生死角，约300平米；建筑垃圾和大件统一堆放到北门临时点，由环卫清运。',
    bring: '手套、扫帚、夹子；社区提供垃圾袋和饮用水', startsAt: saturdayAt(now, 9, 0), hours: 2.5, signUpBefore: 14,
    place: { lat: 30.6596, lng: 104.0818, address: '5栋后院自行车棚（集合）', radiusMeters: 150 },
    capacity: 12, tasks: [{ key: 't1', name: '清扫', capacity: 8 }, { key: 't2', name: '垃圾分类劝导', capacity: 2 }, { key: 't3', name: '搬运', capacity: 2 }],
    audience: { level: 'grid', ids: ['g-2'] }, organiserId: li, organiser: 'captain', team: '第二网格志愿队',
  }, now);
  const trees = driveOf({
    id: 'd-demo-trees', title: '小区行道树浇水修剪', kind: 'trees',
    description: '给东门到3栋一段的行道树和绿化带浇水、修剪枯枝、扶正歪斜的树苗，顺手清理树坑里的垃圾。',
    bring: '手套；社区提供水管、剪枝剪', startsAt: saturdayAt(now, 8, 1), hours: 2, signUpBefore: 12,
    place: { lat: 30.6607, lng: 104.0788, address: '东门花坛（集合）', radiusMeters: null },
    capacity: 10, tasks: [], audience: { level: 'community' }, organiserId: chen, organiser: 'committee', team: null,
  }, now);
  const sorting = driveOf({
    id: 'd-demo-sorting', title: '垃圾分类定时定点督导', kind: 'sorting',
    description: '早高峰在2栋北侧垃圾分类点督导投放，指导居民破袋、分类，劝导乱扔。',
    bring: '红马甲（社区提供）', startsAt: saturdayAt(now, 7, -3), hours: 2, signUpBefore: 12,
    place: { lat: 30.6605, lng: 104.0785, address: '2栋北侧垃圾分类点', radiusMeters: 100 },
    capacity: 6, tasks: [], audience: { level: 'community' }, organiserId: chen, organiser: 'committee', team: null,
  }, now);

  const signups: Signup[] = [];
  const slots: DriveSlot[] = [];
  const signUp = (drive: Drive, taskKey: string, userId: string, seq: number, extra: Partial<Signup> = {}): Signup => {
    const signup: Signup = {
      id: `${drive.id}:${userId}`, driveId: drive.id, communityId: XINGFULI, userId, walkInName: null, taskKey, status: 'signed_up', seq,
      checkedInAt: null, checkedOutAt: null, checkInBy: null, checkOutBy: null, proxyBy: null, usedWindow: null, hours: null, remindedAt: null,
      createdAt: drive.createdAt + seq * HOUR, updatedAt: drive.createdAt + seq * HOUR, ...extra,
    };
    signups.push(signup);
    return signup;
  };
  const fill = (drive: Drive, taskKey: string, capacity: number, people: string[]) => {
    people.forEach((userId, index) => signUp(drive, taskKey, userId, index + 1));
    slots.push({ id: `${drive.id}:${taskKey}`, driveId: drive.id, communityId: XINGFULI, taskKey, capacity, taken: Math.min(capacity, people.length), seq: people.length });
    drive.placesLeft -= Math.min(capacity, people.length);
  };

  // 李师傅 leads; four neighbours of grid 2 have already signed up to sweep, one to guide sorting.
  fill(cleanup, 't1', 8, [li, neighbour(3), neighbour(7), neighbour(12), neighbour(18)]);
  fill(cleanup, 't2', 2, [neighbour(9)]);
  fill(cleanup, 't3', 2, []);
  fill(trees, 'all', 10, [userOf('resident-zhao'), neighbour(1)]);

  // The past drive: five attended, one corrected (left early without checking out), one never came.
  const start = sorting.startsAt;
  const attended: Array<[string, number, number]> = [
    [userOf('resident-zhao'), -10, 125],
    [neighbour(2), -5, 120],
    [neighbour(5), 0, 118],
    [neighbour(11), 3, 120],
    [neighbour(16), -2, 125],
  ];
  const people = [...attended.map(([userId]) => userId), neighbour(20)];
  fill(sorting, 'all', 6, people);
  const confirmedAt = sorting.endsAt + 5 * HOUR;
  for (const [userId, inMinutes, outMinutes] of attended) {
    const signup = signups.find((candidate) => candidate.id === `${sorting.id}:${userId}`)!;
    signup.status = 'checked_out';
    signup.checkedInAt = start + inMinutes * 60_000;
    signup.checkedOutAt = outMinutes > 120 ? sorting.endsAt : start + outMinutes * 60_000;
    signup.checkInBy = 'self';
    signup.checkOutBy = outMinutes > 120 ? 'auto' : 'self';
    const early = userId === neighbour(11);
    signup.hours = confirmation(sorting, signup, chen, confirmedAt, early ? { minutes: 90, reason: '7:30临时离开处理家事，8:00返回，扣除半小时' } : undefined);
  }
  signups.find((signup) => signup.id === `${sorting.id}:${neighbour(20)}`)!.status = 'no_show';
  sorting.closedAt = sorting.endsAt + 5 * 60_000;
  sorting.hoursConfirmedAt = confirmedAt;

  const drives = [cleanup, trees, sorting];
  return {
    captains: [{ id: `${XINGFULI}:${li}`, communityId: XINGFULI, userId: li, team: '第二网格志愿队', active: true, grantedBy: chen, grantedAt: now - 30 * DAY }],
    drives,
    driveSlots: slots,
    driveListings: drives.flatMap((drive) =>
      audienceKeys(drive.audience).map((key) => ({ id: `${drive.id}:${key}`, driveId: drive.id, communityId: XINGFULI, key, kind: drive.kind, startsAt: drive.startsAt, endsAt: drive.endsAt })),
    ),
    driveSignups: signups,
  };
}
