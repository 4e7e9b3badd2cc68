// What each audience receives of a case. The public view never carries the reporter's or handler's id, a phone
// number, or a photo that has not passed content security; a resident's name only when they chose to show it.
import type { User } from '../../../src/domain/membership/types';
import { filingEntryOf, storesFiling } from '../../../src/domain/reports/filing';
import { isOverdue } from '../../../src/domain/reports/status';
import type {
  PublicReportView,
  QueueItem,
  Report,
  ReportEvent,
  TimelineEntry,
} from '../../../src/domain/reports/types';
import type { Files, Store } from '../../ports';
import { passedIds } from '../../kit/content';
import { gridNames } from './access';

/** Who reads a timeline: the public sees no notes that could name a resident (代办 names, moderation reasons). */
export type Audience = 'public' | 'involved';
const PRIVATE_NOTES: ReadonlyArray<ReportEvent['kind']> = ['submitted', 'hidden'];


/** A case's timeline as the audience sees it: its filing (from its record), then its events. */
function timelineFor(report: Report, events: readonly ReportEvent[], audience: Audience): TimelineEntry[] {
  const entries: readonly TimelineEntry[] = storesFiling(report, events) ? events : [filingEntryOf(report), ...events];
  return entries.map(({ kind, status, actorRole, note, at }) => {
    const entry: TimelineEntry = { kind, status, actorRole, at };
    if (note && (audience === 'involved' || !PRIVATE_NOTES.includes(kind))) entry.note = note;
    return entry;
  });
}

/** The timelines of many cases, from one read of all their events. */
async function timelinesOf(store: Store, reports: readonly Report[], audience: (report: Report) => Audience): Promise<Map<string, TimelineEntry[]>> {
  const eventsOf = new Map<string, ReportEvent[]>(reports.map((report) => [report.id, []]));
  if (reports.length) {
    const events = await store.find<ReportEvent>('reportEvents', { reportId: { $in: [...eventsOf.keys()] } }, { orderBy: [['at', 'asc'], ['id', 'asc']] });
    for (const event of events) eventsOf.get(event.reportId)?.push(event);
  }
  return new Map(reports.map((report) => [report.id, timelineFor(report, eventsOf.get(report.id)!, audience(report))]));
}

/** Display addresses for many file ids in one call. */
export async function urlMap(files: Files, fileIds: readonly string[], cache: 'public' | 'private' = 'public'): Promise<Map<string, string>> {
  const unique = [...new Set(fileIds)];
  if (!unique.length) return new Map();
  const urls = await files.urls(unique, { cache });
  return new Map(unique.map((fileId, index) => [fileId, urls[index] ?? '']));
}

/** Nicknames of reporters who chose to show them; 代办 cases never show a name. */
async function shownNames(store: Store, reports: readonly Report[]): Promise<Map<string, string>> {
  const ids = [...new Set(reports.filter((report) => report.showName && !report.filedBy).map((report) => report.reporterId))];
  if (!ids.length) return new Map();
  const users = await store.find<User>('users', { id: { $in: ids } });
  return new Map(users.map((user) => [user.id, user.nickname]));
}

export interface ViewPorts {
  store: Store;
  files: Files;
  now: number;
}

export async function publicViews(ports: ViewPorts, reports: readonly Report[], audience: (report: Report) => Audience): Promise<PublicReportView[]> {
  const [grids, names, urls, timelines] = await Promise.all([
    gridNames(ports.store, reports),
    shownNames(ports.store, reports),
    // A hidden case's photos reach only staff and its reporter: not to be cached on the way.
    urlMap(ports.files, reports.flatMap((report) => [...passedIds(report.photos), ...passedIds(report.afterPhotos)]), reports.some((report) => report.hidden) ? 'private' : 'public'),
    timelinesOf(ports.store, reports, audience),
  ]);
  const views: PublicReportView[] = [];
  for (const report of reports) {
    views.push({
      id: report.id,
      caseNo: report.caseNo ?? null,
      category: report.category,
      description: report.description,
      photoUrls: passedIds(report.photos).map((id) => urls.get(id) ?? ''),
      afterPhotoUrls: passedIds(report.afterPhotos).map((id) => urls.get(id) ?? ''),
      lat: report.lat,
      lng: report.lng,
      address: report.address,
      reporterName: report.showName && !report.filedBy ? names.get(report.reporterId) || null : null,
      status: report.status,
      level: report.level,
      gridName: report.gridId ? grids.get(report.gridId) ?? null : null,
      supportCount: report.supportCount,
      overdue: isOverdue(report, ports.now),
      createdAt: report.createdAt,
      dueAt: report.dueAt,
      closedAt: report.closedAt ?? null,
      duplicateOf: report.duplicateOf ?? null,
      reopenedFrom: report.reopenedFrom ?? null,
      subject: report.subject ?? null,
      timeline: timelines.get(report.id) ?? [],
    });
  }
  return views;
}

/** Rows of a queue or list. `ownPhotos`: the reporter's own list may show a photo still awaiting its verdict. */
export async function queueItems(ports: ViewPorts, reports: readonly Report[], options: { ownPhotos?: boolean } = {}): Promise<QueueItem[]> {
  const thumbOf = (report: Report): string | undefined =>
    report.photos.find((photo) => photo.verdict === 'pass' || (options.ownPhotos && photo.verdict === 'pending'))?.fileId;
  const [grids, urls] = await Promise.all([
    gridNames(ports.store, reports),
    urlMap(ports.files, reports.map(thumbOf).filter((id): id is string => !!id), options.ownPhotos || reports.some((report) => report.hidden) ? 'private' : 'public'),
  ]);
  return reports.map((report) => {
    const thumb = thumbOf(report);
    return {
      id: report.id,
      caseNo: report.caseNo ?? null,
      category: report.category,
      description: report.description,
      address: report.address,
      status: report.status,
      level: report.level,
      gridId: report.gridId,
      gridName: report.gridId ? grids.get(report.gridId) ?? null : null,
      supportCount: report.supportCount,
      rejections: report.rejections,
      flagged: report.flagged,
      hidden: report.hidden,
      overdue: isOverdue(report, ports.now),
      dueAt: report.dueAt,
      createdAt: report.createdAt,
      thumbUrl: thumb ? urls.get(thumb) || null : null,
    };
  });
}

