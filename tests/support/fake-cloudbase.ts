// FakeCloudBaseDatabase: a stand-in for WeChat CloudBase's database (wx-server-sdk's db), in memory, for tests.
// 1. The client half is real: `command` is @cloudbase/database's Command (what wx-server-sdk hands out), and every
//    where-object and update is encoded by that package's own serializers into the MongoDB JSON the server receives.
// 2. The server half evaluates that JSON with MongoDB's rules (null matches missing, no comparison across types,
//    dotted $set paths deep-merge, modified-count semantics, duplicate _id → E11000).
// 3. Transactions are snapshot-isolated: reads see the database as it was when the transaction began, a write to a
//    document another open transaction wrote, or that changed since the snapshot, fails at once with a write conflict
//    (as MongoDB does), and writes land only on commit. Plain writes wait for a transaction holding the document.
//    As in wx-server-sdk, a conflict raised by an operation reaches the caller wrapped (errCode, no `code`), so the
//    SDK's own runTransaction retry (which looks for `code`) does not retry it; only commit-time conflicts are retried.
import { Db } from '@cloudbase/database';
import { serialize } from '@cloudbase/database/dist/commonjs/serializer/datatype';
import { QuerySerializer } from '@cloudbase/database/dist/commonjs/serializer/query';
import { UpdateSerializer } from '@cloudbase/database/dist/commonjs/serializer/update';
import type { WxCollection, WxCommand, WxDatabase, WxDocument, WxQuery, WxTransaction } from '../../cloud/adapters/wx/cloudbaseStore';

type Raw = Record<string, unknown>;

/** The server answers at most this many documents per query; the SDK asks for 100 unless told. */
const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

/** What wx-server-sdk throws for a failed call: an Error with errCode and `<api>:fail …` text. */
function sdkError(api: string, message: string, errCode = -1): Error {
  const error = new Error(`${api}:fail ${message}`) as Error & { errCode: number; errMsg: string };
  error.errCode = errCode;
  error.errMsg = error.message;
  return error;
}

const conflictError = (api: string): Error => sdkError(api, '-1 . database transaction conflict: WriteConflict');

// ---- MongoDB semantics over plain JSON ----

function valueAt(doc: Raw, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Raw)[part];
  }
  return current;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function equalsValue(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (Array.isArray(actual) && !Array.isArray(expected)) return actual.some((item) => same(item, expected));
  return same(actual, expected);
}

/** MongoDB compares only within one type bracket: numbers with numbers, strings with strings. */
function compare(actual: unknown, bound: unknown, holds: (order: number) => boolean): boolean {
  const bracket = (value: unknown): string => (typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : 'other');
  if (bracket(actual) === 'other' || bracket(actual) !== bracket(bound)) return false;
  const a = actual as number | string;
  const b = bound as number | string;
  return holds(a < b ? -1 : a > b ? 1 : 0);
}

const isOperatorObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => key.startsWith('$'));

function matchesCondition(actual: unknown, condition: unknown): boolean {
  if (!isOperatorObject(condition)) return equalsValue(actual, condition);
  return Object.entries(condition).every(([op, operand]) => {
    switch (op) {
      case '$eq':
        return equalsValue(actual, operand);
      case '$ne':
        return !equalsValue(actual, operand);
      case '$in':
        return (operand as unknown[]).some((candidate) => equalsValue(actual, candidate));
      case '$nin':
        return !(operand as unknown[]).some((candidate) => equalsValue(actual, candidate));
      case '$gt':
        return compare(actual, operand, (order) => order > 0);
      case '$gte':
        return compare(actual, operand, (order) => order >= 0);
      case '$lt':
        return compare(actual, operand, (order) => order < 0);
      case '$lte':
        return compare(actual, operand, (order) => order <= 0);
      default:
        throw sdkError('collection.get', `-502001 database request fail. unknown operator ${op}`);
    }
  });
}

export function matchesQuery(doc: Raw, query: Raw): boolean {
  return Object.entries(query).every(([key, condition]) => {
    if (key === '$and') return (condition as Raw[]).every((part) => matchesQuery(doc, part));
    if (key === '$or') return (condition as Raw[]).some((part) => matchesQuery(doc, part));
    return matchesCondition(valueAt(doc, key), condition);
  });
}

/** BSON sort order between types: missing/null, numbers, strings, objects, arrays, booleans. */
function sortRank(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (Array.isArray(value)) return 4;
  if (typeof value === 'object') return 3;
  return 5;
}

function compareForSort(a: unknown, b: unknown): number {
  const rank = sortRank(a) - sortRank(b);
  if (rank) return rank;
  if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  return JSON.stringify(a).localeCompare(JSON.stringify(b));
}

function setPath(doc: Raw, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof current[part] !== 'object' || current[part] === null) current[part] = {};
    current = current[part] as Raw;
  }
  current[parts[parts.length - 1]] = value;
}

function unsetPath(doc: Raw, path: string): void {
  const parts = path.split('.');
  const parent = parts.length > 1 ? valueAt(doc, parts.slice(0, -1).join('.')) : doc;
  if (typeof parent === 'object' && parent !== null) delete (parent as Raw)[parts[parts.length - 1]];
}

/** Applies MongoDB update operators to a copy; answers the new document. */
function applyUpdate(api: string, doc: Raw, update: Raw): Raw {
  const next = structuredClone(doc);
  for (const [op, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries(fields as Raw)) {
      if (path === '_id' || path.startsWith('_id.')) throw sdkError(api, '-502001 database request fail. _id is immutable');
      if (op === '$set') setPath(next, path, structuredClone(value));
      else if (op === '$unset') unsetPath(next, path);
      else if (op === '$inc') {
        const current = valueAt(next, path);
        if (current !== undefined && typeof current !== 'number') {
          throw sdkError(api, '-502001 database request fail. Cannot apply $inc to a value of non-numeric type');
        }
        setPath(next, path, ((current as number | undefined) ?? 0) + (value as number));
      } else throw sdkError(api, `-502001 database request fail. unknown update operator ${op}`);
    }
  }
  return next;
}

// ---- Storage with versions, for snapshot reads ----

interface Version {
  at: number;
  doc: Raw | null;
}

class FakeTransaction {
  readonly writes = new Map<string, { collection: string; id: string; doc: Raw | null }>();
  finished = false;
  constructor(readonly snapshot: number) {}
}

const keyOf = (collection: string, id: string): string => `${collection}/${id}`;

export class FakeCloudBaseDatabase implements WxDatabase {
  readonly command: WxCommand = new Db({}).command as unknown as WxCommand;
  private clock = 0;
  private readonly history = new Map<string, Version[]>();
  private readonly ids = new Map<string, string[]>();
  private readonly locks = new Map<string, FakeTransaction>();
  private readonly waiting = new Map<string, Array<() => void>>();
  /** How many transaction attempts began, for tests that count retries. */
  attempts = 0;

  collection(name: string): WxCollection {
    return this.collectionRef(name, null, {});
  }

  async runTransaction<R>(fn: (transaction: WxTransaction) => Promise<R>, times = 3): Promise<R> {
    for (let left = times; ; left -= 1) {
      const tx = new FakeTransaction(this.clock);
      this.attempts += 1;
      try {
        const result = await fn({ collection: (name) => this.collectionRef(name, tx, {}) });
        this.commit(tx);
        return result;
      } catch (error) {
        this.abort(tx);
        // The SDK retries only errors whose `code` names a conflict (those of commit), never wrapped ones.
        if (left <= 0 || (error as { code?: string } | null)?.code !== 'DATABASE_TRANSACTION_CONFLICT') throw error;
      }
    }
  }

  /** The committed documents of a collection, for assertions. */
  documents(collection: string): Raw[] {
    return this.visible(collection, null).map((doc) => structuredClone(doc));
  }

  // ---- reads ----

  private latest(key: string, snapshot: number | null): Raw | null {
    const versions = this.history.get(key) ?? [];
    for (let i = versions.length - 1; i >= 0; i -= 1) if (snapshot === null || versions[i].at <= snapshot) return versions[i].doc;
    return null;
  }

  private read(collection: string, id: string, tx: FakeTransaction | null): Raw | null {
    const key = keyOf(collection, id);
    if (tx?.writes.has(key)) return tx.writes.get(key)!.doc;
    return this.latest(key, tx ? tx.snapshot : null);
  }

  private visible(collection: string, tx: FakeTransaction | null): Raw[] {
    const out: Raw[] = [];
    for (const id of this.ids.get(collection) ?? []) {
      const doc = this.read(collection, id, tx);
      if (doc) out.push(doc);
    }
    return out;
  }

  // ---- writes ----

  private record(collection: string, id: string, doc: Raw | null, at: number): void {
    const key = keyOf(collection, id);
    if (!this.history.has(key)) {
      this.history.set(key, []);
      this.ids.set(collection, [...(this.ids.get(collection) ?? []), id]);
    }
    this.history.get(key)!.push({ at, doc });
  }

  /** A plain write waits while an open transaction holds the document, as MongoDB blocks it. */
  private async unlocked(key: string): Promise<void> {
    while (this.locks.has(key)) {
      await new Promise<void>((resolve) => this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]));
    }
  }

  private release(key: string): void {
    this.locks.delete(key);
    const waiters = this.waiting.get(key) ?? [];
    this.waiting.delete(key);
    for (const wake of waiters) wake();
  }

  /** Takes the document for a transaction, or fails at once with a write conflict. */
  private claim(tx: FakeTransaction, key: string, api: string): void {
    if (tx.finished) throw sdkError(api, '-1 . transaction has already finished');
    const holder = this.locks.get(key);
    if (holder && holder !== tx) throw conflictError(api);
    const versions = this.history.get(key) ?? [];
    if (versions.length && versions[versions.length - 1].at > tx.snapshot) throw conflictError(api);
    this.locks.set(key, tx);
  }

  private commit(tx: FakeTransaction): void {
    tx.finished = true;
    if (!tx.writes.size) return;
    this.clock += 1;
    for (const [key, write] of tx.writes) {
      this.record(write.collection, write.id, write.doc, this.clock);
      this.release(key);
    }
  }

  private abort(tx: FakeTransaction): void {
    tx.finished = true;
    for (const key of tx.writes.keys()) this.release(key);
    for (const [key, holder] of this.locks) if (holder === tx) this.release(key);
  }

  private async writePlain(collection: string, id: string, change: (doc: Raw | null) => Raw | null | undefined): Promise<boolean> {
    const key = keyOf(collection, id);
    await this.unlocked(key);
    const next = change(this.latest(key, null));
    if (next === undefined) return false;
    this.clock += 1;
    this.record(collection, id, next, this.clock);
    return true;
  }

  // ---- the wx-server-sdk surface ----

  private collectionRef(name: string, tx: FakeTransaction | null, state: { where?: Raw; order?: Array<[string, 'asc' | 'desc']>; skip?: number; limit?: number }): WxCollection {
    const query = (next: typeof state): WxQuery => this.collectionRef(name, tx, next);
    const onlyDocs = (api: string): never => {
      // CloudBase transactions allow single-document operations only.
      throw sdkError(api, '-1 . transaction only supports operations on a single document (doc / add)');
    };
    const matching = (): Raw[] => {
      const where = state.where ? (QuerySerializer.encode(state.where) as Raw) : {};
      return this.visible(name, tx).filter((doc) => matchesQuery(doc, where));
    };
    return {
      // As in the SDK, a later where replaces an earlier one.
      where: (condition) => query({ ...state, where: condition }),
      orderBy: (field, direction) => query({ ...state, order: [...(state.order ?? []), [field, direction]] }),
      skip: (n) => query({ ...state, skip: n }),
      limit: (n) => query({ ...state, limit: n }),
      get: async () => {
        if (tx) return onlyDocs('collection.get');
        await Promise.resolve();
        const docs = matching();
        for (const [field, direction] of [...(state.order ?? [])].reverse()) {
          // Stable sorts applied from the last key to the first give a multi-key order.
          docs.sort((a, b) => compareForSort(valueAt(a, field), valueAt(b, field)) * (direction === 'desc' ? -1 : 1));
        }
        const limit = Math.min(state.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
        const start = state.skip ?? 0;
        return { data: docs.slice(start, start + limit).map((doc) => structuredClone(doc)) };
      },
      count: async () => {
        if (tx) return onlyDocs('collection.count');
        await Promise.resolve();
        return { total: matching().length };
      },
      update: async ({ data }) => {
        if (tx) return onlyDocs('collection.update');
        const update = UpdateSerializer.encode(data) as Raw;
        let updated = 0;
        for (const doc of matching()) {
          const id = String(doc._id);
          const where = QuerySerializer.encode(state.where ?? {}) as Raw;
          // Re-checked at write time: the document may have changed while waiting for a transaction.
          const changed = await this.writePlain(name, id, (current) => {
            if (!current || !matchesQuery(current, where)) return undefined;
            const next = applyUpdate('collection.update', current, update);
            return same(next, current) ? undefined : next;
          });
          if (changed) updated += 1;
        }
        return { stats: { updated } };
      },
      doc: (id) => this.documentRef(name, id, tx),
      add: async ({ data }) => {
        const doc = serialize(data) as Raw;
        const id = doc._id;
        if (typeof id !== 'string' || !id) throw sdkError('collection.add', '-1 . this fake needs an explicit string _id');
        const duplicate = () => sdkError('collection.add', `-502001 database request fail. E11000 duplicate key error collection: ${name} index: _id_ dup key: { _id: "${id}" }`);
        if (tx) {
          await Promise.resolve();
          if (this.read(name, id, tx)) throw duplicate();
          this.claim(tx, keyOf(name, id), 'collection.add');
          tx.writes.set(keyOf(name, id), { collection: name, id, doc: structuredClone(doc) });
          return { _id: id };
        }
        const added = await this.writePlain(name, id, (current) => (current ? undefined : structuredClone(doc)));
        if (!added) throw duplicate();
        return { _id: id };
      },
    };
  }

  private documentRef(name: string, id: string, tx: FakeTransaction | null): WxDocument {
    const key = keyOf(name, id);
    return {
      get: async () => {
        await Promise.resolve();
        const doc = this.read(name, id, tx);
        // wx-server-sdk's default (throwOnNotFound: true) rejects for a missing document.
        if (!doc) throw sdkError('document.get', `document with _id ${id} does not exist`);
        return { data: structuredClone(doc) };
      },
      update: async ({ data }) => {
        const update = UpdateSerializer.encode(data) as Raw;
        if (tx) {
          await Promise.resolve();
          const current = this.read(name, id, tx);
          if (!current) return { stats: { updated: 0 } };
          this.claim(tx, key, 'document.update');
          const next = applyUpdate('document.update', current, update);
          tx.writes.set(key, { collection: name, id, doc: next });
          return { stats: { updated: same(next, current) ? 0 : 1 } };
        }
        const changed = await this.writePlain(name, id, (current) => {
          if (!current) return undefined;
          const next = applyUpdate('document.update', current, update);
          return same(next, current) ? undefined : next;
        });
        return { stats: { updated: changed ? 1 : 0 } };
      },
      remove: async () => {
        if (tx) {
          await Promise.resolve();
          if (!this.read(name, id, tx)) return { stats: { removed: 0 } };
          this.claim(tx, key, 'document.remove');
          tx.writes.set(key, { collection: name, id, doc: null });
          return { stats: { removed: 1 } };
        }
        const removed = await this.writePlain(name, id, (current) => (current ? null : undefined));
        return { stats: { removed: removed ? 1 : 0 } };
      },
    };
  }
}
