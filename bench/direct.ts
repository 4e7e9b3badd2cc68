// The same operations written straight against SQLite, on a second connection to the very database file the
// adapter uses (same table per collection, same JSON `doc` column, same expression indexes, same pragmas):
// the floor the product's layers are compared with.
import Database from 'better-sqlite3';
import { fieldExpr } from '../cloud/adapters/local/sqliteStore';
import type { LatLng } from '../src/domain/geo';
import { boundingBox } from '../src/domain/geo';
import type { CategoryKey } from '../src/domain/reports/categories';
import { ACTIVE_STATUSES, OPEN_STATUSES } from '../src/domain/reports/status';
import type { Report } from '../src/domain/reports/types';

const METERS_PER_DEGREE = 111_195;
// What the handlers answer: at most 10 nearby cases; a queue of up to 200 cases still in hand or awaiting the
// reporter's check, soonest deadline first.
const NEARBY_OFFERED = 10;
const QUEUE_LIMIT = 200;
const QUEUE_STATUSES = [...ACTIVE_STATUSES, 'resolved'];
const f = fieldExpr;
const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

export interface NearbyRow {
  id: string;
  category: string;
  description: string;
  address: string;
  status: string;
  supportCount: number;
  thumb: string | null;
  distance: number;
  /** Only in the full twin: whether the caller already said "me too", and whether the case is theirs. */
  supportedByMe?: 0 | 1;
  mine?: 0 | 1;
}

export interface QueueRow {
  id: string;
  category: string;
  description: string;
  address: string;
  status: string;
  dueAt: number;
  createdAt: number;
  thumb: string | null;
}

export interface DirectSql {
  /** One prepared INSERT of the report document, in its own (autocommit) transaction. */
  insertReport(report: Report): void;
  /**
   * Everything filing a case writes, in one transaction: the next case number (a conditional counter update),
   * the report with it (carrying its filing, so no event), each photo claimed for the case, and one inbox
   * notice per handler.
   */
  fileReport(report: Report, counterKey: string, handlerIds: readonly string[]): void;
  /**
   * Open cases of a category within `meters` as the action answers them for `userId`: bounding box on the
   * indexed lat, an exact-enough distance, the first passed photo, the caller's "me too" and own cases.
   */
  nearby(communityId: string, category: CategoryKey, point: LatLng, meters: number, userId: string): NearbyRow[];
  /** The same cases and their first photo, without the caller's columns. */
  nearbyBare(communityId: string, category: CategoryKey, point: LatLng, meters: number): NearbyRow[];
  /** A grid's cases in hand or awaiting the reporter's check, soonest deadline first. */
  queue(communityId: string, gridId: string): QueueRow[];
  /** SQLite's plan for the two queries. */
  plans(): { nearby: string[]; queue: string[] };
  sqliteVersion(): string;
  /** Folds the write-ahead log into the database file and syncs it, so measurements start from a settled disk. */
  checkpoint(): void;
  close(): void;
}

// The bare query: the cases and their first photo, nothing about the caller.
const NEARBY_BARE_SQL = nearbySql(`json_extract(doc, '$.photos[0].fileId') AS thumb`);
// The same answer the action gives: the first photo that passed the content check, whether the caller already
// said "me too" (the support row with the deterministic id) and whether the case is the caller's own.
const NEARBY_SQL = nearbySql(`(SELECT json_extract(photo.value, '$.fileId') FROM json_each(doc, '$.photos') AS photo
            WHERE json_extract(photo.value, '$.verdict') = 'pass' LIMIT 1) AS thumb,
         EXISTS (SELECT 1 FROM reportSupports WHERE reportSupports.id = reports.id || ':' || @userId) AS supportedByMe,
         ${f('reporterId')} = @userId AS mine`);

function nearbySql(callerColumns: string): string {
  return `
  SELECT id, ${f('category')} AS category, ${f('description')} AS description, ${f('address')} AS address,
         ${f('status')} AS status, ${f('supportCount')} AS supportCount, ${callerColumns},
         sqrt(((${f('lat')} - @lat) * ${METERS_PER_DEGREE}) * ((${f('lat')} - @lat) * ${METERS_PER_DEGREE}) +
              ((${f('lng')} - @lng) * @lngScale) * ((${f('lng')} - @lng) * @lngScale)) AS distance
  FROM reports
  WHERE ${f('communityId')} = @communityId AND ${f('category')} = @category
    AND ${f('status')} IN (${list(OPEN_STATUSES)})
    AND ${f('lat')} BETWEEN @minLat AND @maxLat AND ${f('lng')} BETWEEN @minLng AND @maxLng
    AND ${f('hidden')} = 0
    AND distance <= @meters
  ORDER BY distance
  LIMIT ${NEARBY_OFFERED}`;
}

const QUEUE_SQL = `
  SELECT id, ${f('category')} AS category, ${f('description')} AS description, ${f('address')} AS address,
         ${f('status')} AS status, ${f('dueAt')} AS dueAt, ${f('createdAt')} AS createdAt,
         json_extract(doc, '$.photos[0].fileId') AS thumb
  FROM reports
  WHERE ${f('communityId')} = @communityId AND ${f('gridId')} = @gridId
    AND ${f('status')} IN (${list(QUEUE_STATUSES)}) AND ${f('level')} = 'grid'
  ORDER BY ${f('dueAt')} ASC
  LIMIT ${QUEUE_LIMIT}`;

export function openDirectSql(file: string): DirectSql {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare('INSERT INTO reports (id, doc) VALUES (?, ?)');
  const readCounter = db.prepare('SELECT doc FROM counters WHERE id = ?');
  const insertCounter = db.prepare('INSERT INTO counters (id, doc) VALUES (?, ?)');
  const advanceCounter = db.prepare(`UPDATE counters SET doc = json_set(doc, '$.value', @next) WHERE id = @id AND ${f('value')} = @next - 1`);
  const claimPhoto = db.prepare(`UPDATE files SET doc = json_set(doc, '$.attachedTo', ?) WHERE id = ?`);
  const insertNotice = db.prepare('INSERT INTO inbox (id, doc) VALUES (?, ?)');
  const filing = db.transaction((report: Report, counterKey: string, handlerIds: readonly string[]) => {
    const counter = readCounter.get(counterKey) as { doc: string } | undefined;
    const next = counter ? (JSON.parse(counter.doc) as { value: number }).value + 1 : 1;
    if (counter) {
      if (advanceCounter.run({ id: counterKey, next }).changes !== 1) throw new Error('counter moved');
    } else insertCounter.run(counterKey, JSON.stringify({ id: counterKey, value: next }));
    const numbered = { ...report, caseNo: `${new Date(report.createdAt).getUTCFullYear()}-${String(next).padStart(4, '0')}` };
    insert.run(numbered.id, JSON.stringify(numbered));
    for (const photo of report.photos) claimPhoto.run(`reports/${report.id}`, photo.fileId);
    for (const userId of handlerIds) {
      const id = `n_${report.id}_${userId}`;
      const notice = { id, userId, communityId: report.communityId, kind: 'report.submitted', params: { category: `@category.${report.category}`, address: report.address }, link: `/features/reports/pages/detail/index?id=${report.id}`, createdAt: report.createdAt, readAt: null };
      insertNotice.run(id, JSON.stringify(notice));
    }
  });
  const nearby = db.prepare(NEARBY_SQL);
  const nearbyBare = db.prepare(NEARBY_BARE_SQL);
  const queue = db.prepare(QUEUE_SQL);
  const nearbyParams = (communityId: string, category: string, point: LatLng, meters: number) => ({
    ...boundingBox(point, meters),
    lat: point.lat,
    lng: point.lng,
    lngScale: METERS_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180),
    communityId,
    category,
    meters,
  });
  const plan = (sql: string, params: Record<string, unknown>): string[] =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail);

  return {
    insertReport: (report) => void insert.run(report.id, JSON.stringify(report)),
    fileReport: (report, counterKey, handlerIds) => filing(report, counterKey, handlerIds),
    nearby: (communityId, category, point, meters, userId) => nearby.all({ ...nearbyParams(communityId, category, point, meters), userId }) as NearbyRow[],
    nearbyBare: (communityId, category, point, meters) => nearbyBare.all(nearbyParams(communityId, category, point, meters)) as NearbyRow[],
    queue: (communityId, gridId) => queue.all({ communityId, gridId }) as QueueRow[],
    plans: () => ({
      nearby: plan(NEARBY_SQL, { ...nearbyParams('c', 'clutter', { lat: 30.66, lng: 104.08 }, 50), userId: 'u' }),
      queue: plan(QUEUE_SQL, { communityId: 'c', gridId: 'g' }),
    }),
    sqliteVersion: () => (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    checkpoint: () => void db.pragma('wal_checkpoint(TRUNCATE)'),
    close: () => db.close(),
  };
}
