// The embedded Store: one SQLite table per collection holding JSON documents, with expression indexes on
// json_extract(doc,'$.field') so Filter clauses (written with the very same expressions) use them.
// better-sqlite3 is synchronous; an async mutex keeps concurrent async transactions and writes from interleaving.
import { AsyncLocalStorage } from 'node:async_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { COLLECTIONS, indexNameOf, undeclaredIndexes, type CollectionSpec } from '../../ports/collections';
import {
  DuplicateIdError,
  type Condition,
  type Doc,
  type Filter,
  type FindOptions,
  type Scalar,
  type Store,
  type StoreTx,
} from '../../ports/store';

type Database = BetterSqlite3.Database;
type Param = string | number | null;

export interface SqliteStoreOptions {
  /** Path of the database file; ':memory:' only for throwaway use, never in production. */
  file: string;
  /** Collections and their indexes; defaults to every collection of the product. */
  collections?: Record<string, CollectionSpec>;
}

export interface SqliteStore extends Store {
  close(): Promise<void>;
  /** The query plan SQLite picks for a find, for tests that prove indexes are used. */
  explain(collection: string, filter: Filter, options?: FindOptions): string[];
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const OPERATORS = new Set(['$in', '$ne', '$gt', '$gte', '$lt', '$lte']);

function checkField(field: string): string {
  if (!FIELD.test(field)) throw new Error(`invalid field name: ${field}`);
  return field;
}

/** The one spelling of a field expression, shared by indexes and queries so SQLite matches them. */
export const fieldExpr = (field: string): string => (field === 'id' ? 'id' : `json_extract(doc,'$.${checkField(field)}')`);
const typeExpr = (field: string): string => `json_type(doc,'$.${checkField(field)}')`;
const NUMERIC = "('integer','real')";
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function isCondition(value: Scalar | Condition): value is Condition {
  return typeof value === 'object' && value !== null;
}

interface Sql {
  text: string;
  params: Param[];
}

type Expr = (field: string) => string;

function equals(field: string, value: Scalar, exprOf: Expr = fieldExpr): Sql {
  const expr = exprOf(field);
  if (value === null) return { text: `${expr} IS NULL`, params: [] };
  // JSON true/false come back from json_extract as 1/0: the type check keeps them apart from numbers.
  if (typeof value === 'boolean') return { text: `(${expr} = ${value ? 1 : 0} AND ${typeExpr(field)} = '${value}')`, params: [] };
  if (typeof value === 'number' && field !== 'id') return { text: `(${expr} = ? AND ${typeExpr(field)} IN ${NUMERIC})`, params: [value] };
  return { text: `${expr} = ?`, params: [value] };
}

function notEquals(field: string, value: Scalar, exprOf: Expr = fieldExpr): Sql {
  const expr = exprOf(field);
  if (value === null) return { text: `${expr} IS NOT NULL`, params: [] };
  if (typeof value === 'boolean') return { text: `${typeExpr(field)} IS NOT '${value}'`, params: [] };
  // Like MongoDB/CloudBase, a missing field is "not equal".
  if (typeof value === 'number' && field !== 'id') {
    return { text: `(${expr} IS NOT ? OR coalesce(${typeExpr(field)}, 'null') NOT IN ${NUMERIC})`, params: [value] };
  }
  return { text: `${expr} IS NOT ?`, params: [value] };
}

function inList(field: string, values: Scalar[], exprOf: Expr = fieldExpr): Sql {
  const strings = values.filter((value): value is string => typeof value === 'string');
  const numbers = values.filter((value): value is number => typeof value === 'number');
  const marks = (list: unknown[]): string => list.map(() => '?').join(',');
  const parts: Sql[] = [];
  if (strings.length) parts.push({ text: `${exprOf(field)} IN (${marks(strings)})`, params: strings });
  if (numbers.length) {
    const guard = field === 'id' ? '' : ` AND ${typeExpr(field)} IN ${NUMERIC}`;
    parts.push({ text: `(${exprOf(field)} IN (${marks(numbers)})${guard})`, params: numbers });
  }
  for (const value of values) if (typeof value === 'boolean' || value === null) parts.push(equals(field, value, exprOf));
  if (!parts.length) return { text: '0', params: [] };
  if (parts.length === 1) return parts[0];
  return { text: `(${parts.map((part) => part.text).join(' OR ')})`, params: parts.flatMap((part) => part.params) };
}

type RangeOp = '>' | '>=' | '<' | '<=';

/** The bounds on one field (`$gte` and `$lte` together make one band), with one type check for all of them. */
function range(field: string, bounds: ReadonlyArray<[RangeOp, unknown]>, exprOf: Expr = fieldExpr): Sql {
  const expr = exprOf(field);
  const tests: string[] = [];
  const params: Param[] = [];
  let strings = false;
  let lowest = -Infinity;
  let highest = Infinity;
  for (const [op, value] of bounds) {
    if (typeof value === 'string') strings = true;
    else if (typeof value !== 'number') throw new Error(`range on ${field} needs a number or a string`);
    else if (op === '>' || op === '>=') lowest = Math.max(lowest, value);
    else highest = Math.min(highest, value);
    tests.push(`${expr} ${op} ?`);
    params.push(value);
  }
  // MongoDB compares within one type only; SQLite orders NULL < numbers < text (json_extract gives arrays and
  // objects as text, true/false as 1/0). So a numeric band with an upper bound already leaves text out, a band
  // without one leaves it out with `< ''`, and only a band that may hold 0 or 1 checks the JSON type — which costs
  // a parse of every row the index hands over, so geographic and time bands skip it.
  if (field !== 'id' && strings) tests.push(`${typeExpr(field)} = 'text'`);
  else if (field !== 'id') {
    if (highest === Infinity) tests.push(`${expr} < ''`);
    if (lowest <= 1 && highest >= 0) tests.push(`${typeExpr(field)} IN ${NUMERIC}`);
  }
  return { text: `(${tests.join(' AND ')})`, params };
}

const RANGE_OPS: Record<string, RangeOp> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/**
 * Translates a Filter into a WHERE clause over the same expressions the indexes are built on. A filter naming ids
 * is answered by the primary key: the other fields are written with a unary `+`, which SQLite does not match to an
 * index, since without table statistics it would otherwise walk a whole community's index (the scoped store adds
 * communityId to every read) to find a page's worth of ids.
 */
export function filterToSql(filter: Filter): Sql {
  const parts: Sql[] = [];
  const byId = filter.id !== undefined && (!isCondition(filter.id) || filter.id.$in !== undefined);
  const exprOf: Expr = byId ? (field) => (field === 'id' ? 'id' : `+${fieldExpr(field)}`) : fieldExpr;
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) throw new Error(`filter on ${field} is undefined`);
    if (!isCondition(value)) {
      parts.push(equals(field, value, exprOf));
      continue;
    }
    const bounds: Array<[RangeOp, unknown]> = [];
    for (const [op, operand] of Object.entries(value)) {
      if (!OPERATORS.has(op)) throw new Error(`unknown operator ${op} on ${field}`);
      if (operand === undefined) continue;
      if (op === '$in') {
        if (!Array.isArray(operand)) throw new Error(`$in on ${field} needs an array`);
        parts.push(inList(field, operand, exprOf));
      } else if (op === '$ne') parts.push(notEquals(field, operand as Scalar, exprOf));
      else bounds.push([RANGE_OPS[op]!, operand]);
    }
    if (bounds.length) parts.push(range(field, bounds, exprOf));
  }
  if (!parts.length) return { text: '1', params: [] };
  return { text: parts.map((part) => part.text).join(' AND '), params: parts.flatMap((part) => part.params) };
}

function orderToSql(options: FindOptions): Sql {
  let text = '';
  const params: Param[] = [];
  if (options.orderBy?.length) {
    text += ` ORDER BY ${options.orderBy.map(([field, dir]) => `${fieldExpr(field)} ${dir === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
  }
  if (options.limit !== undefined || options.skip !== undefined) {
    text += ' LIMIT ? OFFSET ?';
    params.push(options.limit ?? -1, options.skip ?? 0);
  }
  return { text, params };
}

/** json_set arguments for a shallow merge; undefined values remove the field. */
function patchToSql(patch: Record<string, unknown>): { expr: string; params: Param[] } {
  let expr = 'doc';
  const params: Param[] = [];
  const removed: string[] = [];
  const set: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new Error(`invalid field name: ${field}`);
    if (field === 'id') throw new Error('the id of a document cannot change');
    if (value === undefined) removed.push(`'$.${field}'`);
    else {
      set.push(`'$.${field}', json(?)`);
      params.push(JSON.stringify(value));
    }
  }
  if (removed.length) expr = `json_remove(${expr}, ${removed.join(', ')})`;
  if (set.length) expr = `json_set(${expr}, ${set.join(', ')})`;
  return { expr, params };
}

/** A promise-chain lock: one holder at a time, in arrival order. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private holders = 0;

  /** Nobody holds the lock or waits for it. */
  get free(): boolean {
    return this.holders === 0;
  }

  async run<R>(fn: () => Promise<R> | R): Promise<R> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    this.holders += 1;
    await previous;
    try {
      return await fn();
    } finally {
      this.holders -= 1;
      release();
    }
  }
}

function isPrimaryKeyViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  // Loaded here, not at the top, so bundles that never open SQLite never need the native module.
  const Driver = require('better-sqlite3') as typeof BetterSqlite3;
  const db: Database = new Driver(options.file);
  db.pragma('journal_mode = WAL');
  // NORMAL may lose the last commits on power loss; an acknowledged write must survive a crash.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');

  const collections = options.collections ?? COLLECTIONS;
  const indexesOf = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).pluck();
  db.transaction(() => {
    for (const [name, spec] of Object.entries(collections)) {
      db.exec(`CREATE TABLE IF NOT EXISTS ${quote(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)${spec.unordered ? ' WITHOUT ROWID' : ''}`);
      for (const fields of spec.indexes) {
        db.exec(`CREATE INDEX IF NOT EXISTS ${quote(indexNameOf(name, fields))} ON ${quote(name)} (${fields.map(fieldExpr).join(', ')})`);
      }
      for (const stale of undeclaredIndexes(name, indexesOf.all(name) as string[], spec)) db.exec(`DROP INDEX ${quote(stale)}`);
    }
  })();

  const table = (collection: string): string => {
    if (!Object.prototype.hasOwnProperty.call(collections, collection)) {
      throw new Error(`unknown collection ${collection}: declare it in cloud/ports/collections.ts`);
    }
    return quote(collection);
  };

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  // The statements by id, prepared once per collection: the commonest calls skip building their SQL.
  const byId = new Map<string, { get: BetterSqlite3.Statement; insert: BetterSqlite3.Statement; remove: BetterSqlite3.Statement }>();
  const byIdOf = (collection: string) => {
    let prepared = byId.get(collection);
    if (!prepared) {
      const name = table(collection);
      prepared = {
        get: prepare(`SELECT doc FROM ${name} WHERE id = ?`),
        insert: prepare(`INSERT INTO ${name} (id, doc) VALUES (?, ?)`),
        remove: prepare(`DELETE FROM ${name} WHERE id = ?`),
      };
      byId.set(collection, prepared);
    }
    return prepared;
  };

  const ops = {
    get<T extends Doc>(collection: string, id: string): T | null {
      const row = byIdOf(collection).get.get(id) as { doc: string } | undefined;
      return row ? (JSON.parse(row.doc) as T) : null;
    },
    insert<T extends Doc>(collection: string, doc: T): void {
      if (typeof doc.id !== 'string' || doc.id === '') throw new Error(`insert into ${collection} needs a string id`);
      try {
        byIdOf(collection).insert.run(doc.id, JSON.stringify(doc));
      } catch (error) {
        if (isPrimaryKeyViolation(error)) throw new DuplicateIdError(collection, doc.id);
        throw error;
      }
    },
    update(collection: string, id: string, patch: Record<string, unknown>, where: Filter = {}): boolean {
      const set = patchToSql(patch);
      const cond = filterToSql(where);
      const sql = `UPDATE ${table(collection)} SET doc = ${set.expr} WHERE id = ? AND ${cond.text}`;
      return prepare(sql).run(...set.params, id, ...cond.params).changes > 0;
    },
    increment(collection: string, id: string, field: string, by: number, where: Filter = {}): boolean {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field) || field === 'id') throw new Error(`invalid field name: ${field}`);
      if (!Number.isFinite(by)) throw new Error('increment needs a finite number');
      const cond = filterToSql(where);
      // A missing field counts as 0, as with CloudBase's _.inc; a non-numeric one is left alone.
      const sql =
        `UPDATE ${table(collection)} SET doc = json_set(doc, '$.${field}', coalesce(json_extract(doc, '$.${field}'), 0) + ?) ` +
        `WHERE id = ? AND coalesce(json_type(doc, '$.${field}'), 'integer') IN ('integer', 'real', 'null') AND ${cond.text}`;
      return prepare(sql).run(by, id, ...cond.params).changes > 0;
    },
    remove(collection: string, id: string): boolean {
      return byIdOf(collection).remove.run(id).changes > 0;
    },
    find<T extends Doc>(collection: string, filter: Filter, options: FindOptions = {}): T[] {
      const cond = filterToSql(filter);
      const tail = orderToSql(options);
      const rows = prepare(`SELECT doc FROM ${table(collection)} WHERE ${cond.text}${tail.text}`).all(...cond.params, ...tail.params);
      return (rows as Array<{ doc: string }>).map((row) => JSON.parse(row.doc) as T);
    },
    count(collection: string, filter: Filter): number {
      const cond = filterToSql(filter);
      const row = prepare(`SELECT count(*) AS n FROM ${table(collection)} WHERE ${cond.text}`).get(...cond.params) as { n: number };
      return row.n;
    },
  };

  const mutex = new Mutex();
  // Marks the async context of a running transaction: calls made from inside it already hold the connection.
  const inTransaction = new AsyncLocalStorage<{ depth: number; open: boolean }>();
  let closed = false;

  const exclusive = <R>(fn: () => R): Promise<R> => {
    if (closed) return Promise.reject(new Error('the store is closed'));
    // One synchronous statement: with nobody holding or awaiting the connection it runs at once, since nothing
    // can come between; inside the running transaction it already holds the connection.
    if (mutex.free || inTransaction.getStore()?.open) {
      try {
        return Promise.resolve(fn());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return mutex.run(fn);
  };

  const tx: StoreTx = {
    get: (collection, id) => exclusive(() => ops.get(collection, id)),
    insert: (collection, doc) => exclusive(() => ops.insert(collection, doc)),
    update: (collection, id, patch, where) => exclusive(() => ops.update(collection, id, patch, where)),
    increment: (collection, id, field, by, where) => exclusive(() => ops.increment(collection, id, field, by, where)),
    remove: (collection, id) => exclusive(() => ops.remove(collection, id)),
  };

  async function runTransaction<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R> {
    const outer = inTransaction.getStore();
    if (outer?.open) {
      // Nested: a savepoint, so an inner failure the caller catches undoes only the inner writes.
      const name = `sp${outer.depth + 1}`;
      db.exec(`SAVEPOINT ${name}`);
      const inner = { depth: outer.depth + 1, open: true };
      try {
        const result = await inTransaction.run(inner, () => fn(tx));
        db.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        db.exec(`ROLLBACK TO ${name}`);
        db.exec(`RELEASE ${name}`);
        throw error;
      } finally {
        inner.open = false;
      }
    }
    return mutex.run(async () => {
      if (closed) throw new Error('the store is closed');
      db.exec('BEGIN IMMEDIATE');
      const scope = { depth: 0, open: true };
      try {
        const result = await inTransaction.run(scope, () => fn(tx));
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        // Work the transaction left running (not awaited) must queue like any other caller.
        scope.open = false;
      }
    });
  }

  return {
    ...tx,
    find: (collection, filter, options) => exclusive(() => ops.find(collection, filter, options)),
    count: (collection, filter) => exclusive(() => ops.count(collection, filter)),
    transaction: runTransaction,
    explain(collection, filter, options = {}) {
      const cond = filterToSql(filter);
      const tail = orderToSql(options);
      const rows = db
        .prepare(`EXPLAIN QUERY PLAN SELECT doc FROM ${table(collection)} WHERE ${cond.text}${tail.text}`)
        .all(...cond.params, ...tail.params) as Array<{ detail: string }>;
      return rows.map((row) => row.detail);
    },
    async close() {
      if (closed) return;
      // Waits for the running transaction and queued writes, then closes.
      await mutex.run(() => {
        closed = true;
        db.close();
      });
    },
  };
}
