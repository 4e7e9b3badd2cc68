// Realistic bench reports: spread over the demo grids, categories and a year of time, in the statuses a year of
// work leaves behind (old cases mostly closed, recent ones still open), each with its timeline and "me too"s.
import type { ReportSupport } from '../cloud/handlers/reports/support';
import { STREET_ID } from '../cloud/seed/demo';
import { CATEGORIES, DAY_MS, HOUR_MS, dueAtFor, type CategoryKey } from '../src/domain/reports/categories';
import { routeToGrid } from '../src/domain/reports/rules';
import { REJECTIONS_BEFORE_FLAG } from '../src/domain/reports/status';
import type { Report, ReportEvent, ReportEventKind, ReportLevel, ReportStatus } from '../src/domain/reports/types';
import { DESCRIPTIONS } from './descriptions';
import type { Cast, Person } from './people';
import { AREAS, AREA_WEIGHTS, places, type AreaKey } from './places';
import type { Random } from './random';

export interface BenchReport {
  report: Report;
  events: ReportEvent[];
  supports: ReportSupport[];
}

/** Category frequencies as seen in neighbourhood work: litter and clutter far more common than illegal structures. */
const CATEGORY_WEIGHTS: Record<CategoryKey, number> = {
  clutter: 16, dirty_spot: 10, overflowing_bin: 12, litter: 12, construction_waste: 5, flyers: 8, street_trading: 5,
  bad_parking: 9, illegal_structure: 2, sewage: 5, greenery: 4, facility: 6, pests: 3, wiring: 2, other: 1,
};

/** The status a case of this age has reached. */
function statusFor(ageDays: number, random: Random): ReportStatus {
  if (ageDays < 2) return random.weighted({ submitted: 35, accepted: 20, in_progress: 25, resolved: 20 });
  if (ageDays < 14) return random.weighted({ closed: 70, duplicate: 6, resolved: 8, in_progress: 8, accepted: 4, submitted: 4 });
  return random.weighted({ closed: 945, duplicate: 50, resolved: 1, in_progress: 2, accepted: 1, submitted: 1 });
}

const STATUS_AFTER: Record<ReportEventKind, ReportStatus> = {
  submitted: 'submitted', accepted: 'accepted', started: 'in_progress', escalated: 'submitted', resolved: 'resolved',
  confirmed: 'closed', rejected: 'in_progress', reassigned: 'submitted', marked_duplicate: 'duplicate', hidden: 'submitted', reopened: 'submitted',
  taken_on: 'accepted',
};

/** The events that lead to a status, with the given number of rejected fixes on the way. */
function pathTo(status: ReportStatus, rejections: number, escalated: boolean): ReportEventKind[] {
  const path: ReportEventKind[] = ['submitted'];
  if (status === 'duplicate') return [...path, 'marked_duplicate'];
  if (escalated) return [...path, 'escalated'];
  if (status === 'submitted') return path;
  path.push('accepted');
  if (status === 'accepted') return path;
  path.push('started');
  for (let i = 0; i < rejections; i += 1) path.push('resolved', 'rejected');
  if (status === 'in_progress') return path;
  path.push('resolved');
  if (status === 'closed') path.push('confirmed');
  return path;
}

export interface ReportFactory {
  /** The n-th bench report (deterministic for a given seed). */
  make(n: number): BenchReport;
}

export function reportFactory(cast: Cast, now: number, random: Random): ReportFactory {
  const spots = places(random);
  const lastId: Record<string, string> = {};
  const lastClosedId: Record<string, string> = {};

  return {
    make(n) {
      const id = `r_${n.toString(16).padStart(16, '0')}`;
      const areaKey: AreaKey = random.weighted(AREA_WEIGHTS);
      const area = AREAS[areaKey];
      const communityId = area.communityId;
      const point = spots.pointIn(areaKey);
      const gridId = routeToGrid(point, cast.grids.filter((grid) => grid.communityId === communityId));
      const category = random.weighted(CATEGORY_WEIGHTS);
      const createdAt = Math.round(now - random.next() * 365 * DAY_MS);
      const ageDays = (now - createdAt) / DAY_MS;
      const status = statusFor(ageDays, random);
      const escalated = status === 'submitted' && random.next() < 0.15;
      const level: ReportLevel = escalated ? (gridId && random.next() < 0.8 ? 'community' : 'street') : gridId ? 'grid' : 'community';
      const rejections = ['closed', 'resolved', 'in_progress'].includes(status) ? Number(random.weighted({ 0: 900, 1: 70, 2: 20, 3: 10 })) : 0;

      const worker = gridId ? cast.workers[gridId] : undefined;
      const handler: Person = level === 'street' ? cast.street : level === 'grid' && worker ? worker : random.pick(cast.committee[communityId]!);
      const onBehalf = worker && random.next() < 0.02;
      const reporter: Person = onBehalf ? worker : random.pick(cast.residents[communityId]!);

      // Every step of the timeline happens between filing and now, within a plausible span.
      const kinds = pathTo(status, rejections, escalated);
      const span = Math.min(now - createdAt, (CATEGORIES.find((c) => c.key === category)!.deadlineHours * random.between(0.3, 2) + 24) * HOUR_MS);
      const times = [createdAt, ...kinds.slice(1).map(() => createdAt + Math.round(random.next() * span)).sort((a, b) => a - b)];
      // The report carries its filing (kinds[0]): the events stored are the steps after it.
      const events: ReportEvent[] = kinds.slice(1).map((kind, step) => {
        const byReporter = kind === 'confirmed' || kind === 'rejected';
        const event: ReportEvent = {
          id: `${id}:${String(step + 1).padStart(4, '0')}:000000`,
          reportId: id,
          kind,
          status: STATUS_AFTER[kind],
          actorId: byReporter ? reporter.userId : kind === 'marked_duplicate' ? cast.committee[communityId]![0]!.userId : handler.userId,
          actorRole: byReporter ? (onBehalf ? 'grid_worker' : 'resident') : kind === 'marked_duplicate' ? 'committee' : handler === cast.street ? 'street' : handler === worker ? 'grid_worker' : 'committee',
          at: times[step + 1]!,
        };
        if (kind === 'rejected') event.note = '还没有清理干净';
        if (kind === 'escalated') event.note = '需要城管执法配合';
        return event;
      });
      const updatedAt = times[times.length - 1]!;

      const photoCount = 1 + random.int(3);
      const report: Report = {
        id,
        communityId,
        streetId: STREET_ID,
        gridId,
        level,
        category,
        description: random.pick(DESCRIPTIONS[category]),
        photos: reporter.fileIds.slice(0, photoCount).map((fileId) => ({ fileId, verdict: ageDays < 0.1 && random.next() < 0.1 ? 'pending' : 'pass' })),
        lat: point.lat,
        lng: point.lng,
        address: random.pick(area.spots),
        reporterId: reporter.userId,
        reporterRole: onBehalf ? 'grid_worker' : 'resident',
        showName: random.next() < 0.3,
        status,
        afterPhotos: [],
        rejections,
        flagged: rejections >= REJECTIONS_BEFORE_FLAG,
        hidden: random.next() < 0.002,
        supportCount: 0,
        createdAt,
        updatedAt,
        dueAt: dueAtFor(category, createdAt),
      };
      if (onBehalf) report.filedBy = { userId: worker.userId, onBehalfOf: `${random.pick(['5栋', '2栋', '7栋'])} ${random.pick(['李奶奶', '王爷爷', '陈婆婆'])}` };
      if (status !== 'submitted' && status !== 'duplicate') report.handlerId = handler.userId;
      if (status === 'resolved' || status === 'closed') {
        report.afterPhotos = [{ fileId: random.pick(handler.fileIds), verdict: 'pass' }];
        report.resolutionNote = '已清理完毕';
        report.resolvedAt = times[kinds.lastIndexOf('resolved')];
      }
      if (status === 'closed') report.closedAt = updatedAt;
      if (status === 'duplicate' && lastId[communityId]) report.duplicateOf = lastId[communityId];
      // A 代办 case is never a reopening (reopening files in the caller's own name).
      if (lastClosedId[communityId] && random.next() < 0.005 && !onBehalf) report.reopenedFrom = lastClosedId[communityId];

      // "Me too" from neighbours other than the reporter, while the case was open.
      const supporters = cast.residents[communityId]!.filter((person) => person.userId !== reporter.userId);
      const wanted = status === 'duplicate' ? 0 : Math.min(supporters.length, Number(random.weighted({ 0: 70, 1: 20, 2: 7, 3: 2, 5: 1 })));
      const supports: ReportSupport[] = [];
      for (let i = 0; i < wanted; i += 1) {
        const supporter = supporters[(n + i * 7) % supporters.length]!;
        if (supports.some((support) => support.userId === supporter.userId)) continue;
        supports.push({ id: `${id}:${supporter.userId}`, reportId: id, userId: supporter.userId, createdAt: createdAt + Math.round(random.next() * (updatedAt - createdAt)) });
      }
      report.supportCount = supports.length;

      lastId[communityId] = id;
      if (status === 'closed') lastClosedId[communityId] = id;
      return { report, events, supports };
    },
  };
}
