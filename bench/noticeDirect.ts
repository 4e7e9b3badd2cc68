// The notice reads written straight against SQLite on a second connection to the same file (same tables, JSON
// documents and expression indexes): a reader's home feed, and 知晓率 aggregated from the raw reads with GROUP BY.
import Database from 'better-sqlite3';
import { fieldExpr } from '../cloud/adapters/local/sqliteStore';
import { PINNED_ON_HOME } from '../src/domain/notices/rules';
import { PAGE_SIZE } from '../src/domain/common/page';

const f = fieldExpr;
// In a join both tables have a doc column: the expression names its table (SQLite still matches the index).
const on = (table: string, field: string): string => `json_extract(${table}.doc,'$.${field}')`;
const n = (field: string): string => on('n', field);
const row = (field: string): string => on('noticeFeed', field);

export interface FeedRowSql {
  id: string;
  title: string;
  pinned: number;
  publishAt: number;
  read: number;
}

export interface BuildingStatsSql {
  buildingId: string;
  name: string;
  households: number;
  residents: number;
  householdsRead: number;
  residentsRead: number;
}

export interface NoticeDirectSql {
  /** Pinned first (up to five), then the newest page; each with whether the reader opened it. Each key read apart and merged. */
  feed(communityId: string, keys: readonly string[], userId: string, now: number): FeedRowSql[];
  /** The same in the plainest SQL: `key IN (…)`, which gathers and sorts every match. */
  feedIn(communityId: string, keys: readonly string[], userId: string, now: number): FeedRowSql[];
  /** 知晓率 from the per-building counts the reads keep (what the product stores), beside the audience counts. */
  readStatsFromTallies(communityId: string, noticeId: string): BuildingStatsSql[];
  readStats(communityId: string, noticeId: string): BuildingStatsSql[];
  plans(keys: readonly string[]): { feed: string[]; feedIn: string[]; reads: string[] };
  close(): void;
}

const FEED_COLUMNS = `${n('id')} AS id, ${n('title')} AS title, ${n('pinned')} AS pinned, ${n('publishAt')} AS publishAt,
         EXISTS (SELECT 1 FROM noticeReads r WHERE r.id = ${n('id')} || ':' || @userId) AS read`;

/** One key's newest rows, in index order, stopping after the limit: the best plain SQL for one key. */
const oneKey = (i: number) => `
  SELECT noticeFeed.id AS rowId, ${row('noticeId')} AS noticeId, ${row('createdAt')} AS createdAt FROM noticeFeed
  WHERE ${row('communityId')} = @communityId AND ${row('key')} = @k${i} AND ${row('pinned')} = @pinned
    AND ${row('createdAt')} <= @now AND ${row('until')} > @now
  ORDER BY ${row('createdAt')} DESC, noticeFeed.id DESC LIMIT @limit`;

/** Each key read on its own and merged: what pageOfAny does, in one statement. */
const feedMergedSql = (keyCount: number) => `
  SELECT ${FEED_COLUMNS}
  FROM (${Array.from({ length: keyCount }, (_, i) => `SELECT * FROM (${oneKey(i)})`).join(' UNION ALL ')}) picked
  JOIN notices n ON n.id = picked.noticeId
  ORDER BY picked.createdAt DESC, picked.rowId DESC LIMIT @limit`;

const feedSql = (keyCount: number) => `
  SELECT ${FEED_COLUMNS}
  FROM noticeFeed
  JOIN notices n ON n.id = ${row('noticeId')}
  WHERE ${row('communityId')} = @communityId
    AND ${row('key')} IN (${Array.from({ length: keyCount }, (_, i) => `@k${i}`).join(', ')})
    AND ${row('pinned')} = @pinned
    AND ${row('createdAt')} <= @now AND ${row('until')} > @now
  ORDER BY ${row('createdAt')} DESC, noticeFeed.id DESC
  LIMIT @limit`;

// 知晓率 from the raw reads, grouped per building, beside the audience counted per building.
const READS_SQL = `
  SELECT ${f('buildingId')} AS buildingId, count(*) AS residentsRead, count(DISTINCT ${f('householdId')}) AS householdsRead
  FROM noticeReads WHERE ${f('noticeId')} = @noticeId AND ${f('buildingId')} IS NOT NULL GROUP BY 1`;
const HOUSEHOLDS_SQL = `SELECT ${f('buildingId')} AS buildingId, count(*) AS households FROM households WHERE ${f('communityId')} = @communityId GROUP BY 1`;
const RESIDENTS_SQL = `
  SELECT ${f('buildingId')} AS buildingId, count(*) AS residents FROM members
  WHERE ${f('communityId')} = @communityId AND ${f('status')} = 'active' AND ${f('role')} = 'resident' GROUP BY 1`;
const TALLIES_SQL = `
  SELECT ${f('buildingId')} AS buildingId, ${f('residents')} AS residentsRead, ${f('households')} AS householdsRead
  FROM noticeTallies WHERE ${f('noticeId')} = @noticeId`;
const BUILDINGS_SQL = `SELECT id, ${f('name')} AS name FROM buildings WHERE ${f('communityId')} = @communityId`;

export function openNoticeDirectSql(file: string): NoticeDirectSql {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    if (!statements.has(sql)) statements.set(sql, db.prepare(sql));
    return statements.get(sql)!;
  };
  const [reads, tallies, households, residents, buildings] = [READS_SQL, TALLIES_SQL, HOUSEHOLDS_SQL, RESIDENTS_SQL, BUILDINGS_SQL].map((sql) => db.prepare(sql));
  const keyParams = (keys: readonly string[]) => Object.fromEntries(keys.map((key, i) => [`k${i}`, key]));
  const plan = (sql: string, params: Record<string, unknown>): string[] =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((line) => line.detail);

  const feedWith = (sql: string) => (communityId: string, keys: readonly string[], userId: string, now: number): FeedRowSql[] => {
    const statement = prepared(sql);
    const params = { communityId, userId, now, ...keyParams(keys) };
    const pinned = statement.all({ ...params, pinned: 1, limit: PINNED_ON_HOME }) as FeedRowSql[];
    return [...pinned, ...(statement.all({ ...params, pinned: 0, limit: PAGE_SIZE }) as FeedRowSql[])];
  };
  const statsWith = (readSide: Database.Statement) => (communityId: string, noticeId: string): BuildingStatsSql[] => {
    const byBuilding = <T extends { buildingId: string }>(rows: T[]): Map<string, T> => new Map(rows.map((row) => [row.buildingId, row]));
    const read = byBuilding(readSide.all({ noticeId }) as Array<{ buildingId: string; residentsRead: number; householdsRead: number }>);
    const homes = byBuilding(households!.all({ communityId }) as Array<{ buildingId: string; households: number }>);
    const people = byBuilding(residents!.all({ communityId }) as Array<{ buildingId: string; residents: number }>);
    return (buildings!.all({ communityId }) as Array<{ id: string; name: string }>).map(({ id, name }) => ({
      buildingId: id,
      name,
      households: homes.get(id)?.households ?? 0,
      residents: people.get(id)?.residents ?? 0,
      householdsRead: read.get(id)?.householdsRead ?? 0,
      residentsRead: read.get(id)?.residentsRead ?? 0,
    }));
  };

  return {
    feed: (communityId, keys, userId, now) => feedWith(feedMergedSql(keys.length))(communityId, keys, userId, now),
    feedIn: (communityId, keys, userId, now) => feedWith(feedSql(keys.length))(communityId, keys, userId, now),
    readStats: statsWith(reads!),
    readStatsFromTallies: statsWith(tallies!),
    plans: (keys) => ({
      feed: plan(feedMergedSql(keys.length), { communityId: 'c', userId: 'u', now: 0, pinned: 0, limit: 20, ...keyParams(keys) }),
      feedIn: plan(feedSql(keys.length), { communityId: 'c', userId: 'u', now: 0, pinned: 0, limit: 20, ...keyParams(keys) }),
      reads: plan(READS_SQL, { noticeId: 'n' }),
    }),
    close: () => db.close(),
  };
}
