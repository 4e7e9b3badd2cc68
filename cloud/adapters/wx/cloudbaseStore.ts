// The production Store on WeChat CloudBase: our Filter becomes db.command queries, our id becomes _id,
// conditional writes are `where({_id, ...cond}).update()` judged by stats.updated, transactions use runTransaction.
import { DuplicateIdError, type Condition, type Doc, type Filter, type FindOptions, type Scalar, type Store, type StoreTx } from '../../ports/store';

/** The slice of wx-server-sdk's db.command this adapter uses. */
export interface WxCommand {
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  in(values: unknown[]): unknown;
  and(...conditions: unknown[]): unknown;
  inc(by: number): unknown;
  remove(): unknown;
  set(value: unknown): unknown;
}

type Raw = Record<string, unknown>;

export interface WxQuery {
  where(condition: Raw): WxQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): WxQuery;
  skip(n: number): WxQuery;
  limit(n: number): WxQuery;
  get(): Promise<{ data: Raw[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: Raw }): Promise<{ stats: { updated: number } }>;
}

export interface WxDocument {
  get(): Promise<{ data: Raw | null }>;
  update(options: { data: Raw }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface WxCollection extends WxQuery {
  doc(id: string): WxDocument;
  add(options: { data: Raw }): Promise<{ _id?: string }>;
}

export interface WxTransaction {
  collection(name: string): WxCollection;
}

export interface WxDatabase {
  command: WxCommand;
  collection(name: string): WxCollection;
  runTransaction<R>(fn: (transaction: WxTransaction) => Promise<R>, retries?: number): Promise<R>;
}

/** CloudBase returns at most 1000 documents per query from the server SDK. */
export const PAGE = 1000;

const OPERATOR_TO_COMMAND = { $in: 'in', $ne: 'neq', $gt: 'gt', $gte: 'gte', $lt: 'lt', $lte: 'lte' } as const;

const fieldKey = (field: string): string => (field === 'id' ? '_id' : field);

function isCondition(value: Scalar | Condition): value is Condition {
  return typeof value === 'object' && value !== null;
}

/** Translates our Filter into a CloudBase where-object built from db.command; pure, so it is tested without WeChat. */
export function translateFilter(filter: Filter, _: WxCommand): Raw {
  const where: Raw = {};
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) throw new Error(`filter on ${field} is undefined`);
    if (!isCondition(value)) {
      where[fieldKey(field)] = value;
      continue;
    }
    const commands: unknown[] = [];
    for (const [op, operand] of Object.entries(value)) {
      if (operand === undefined) continue;
      const name = OPERATOR_TO_COMMAND[op as keyof typeof OPERATOR_TO_COMMAND];
      if (!name) throw new Error(`unknown operator ${op} on ${field}`);
      commands.push(name === 'in' ? _.in(operand as Scalar[]) : _[name](operand));
    }
    if (commands.length === 1) where[fieldKey(field)] = commands[0];
    else if (commands.length > 1) where[fieldKey(field)] = _.and(...commands);
  }
  return where;
}

const isPlainObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** A shallow-merge patch as CloudBase update data: objects replaced whole (`_.set`), undefined removes (`_.remove`). */
export function translatePatch(patch: Record<string, unknown>, _: WxCommand): Raw {
  const data: Raw = {};
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'id' || field === '_id') throw new Error('the id of a document cannot change');
    // CloudBase flattens nested objects into dotted paths (a deep merge); _.set keeps our shallow-merge meaning.
    data[field] = value === undefined ? _.remove() : isPlainObject(value) ? _.set(value) : value;
  }
  return data;
}

export function applyFindOptions(query: WxQuery, options: FindOptions): WxQuery {
  let next = query;
  for (const [field, direction] of options.orderBy ?? []) next = next.orderBy(fieldKey(field), direction);
  if (options.skip) next = next.skip(options.skip);
  if (options.limit !== undefined) next = next.limit(options.limit);
  return next;
}

export function toWx(doc: Doc): Raw {
  const { id, ...rest } = doc as Doc & Raw;
  return { ...rest, _id: id };
}

export function fromWx<T extends Doc>(raw: Raw): T {
  const { _id, _openid: _ignored, ...rest } = raw;
  return { ...rest, id: String(_id) } as T;
}

function valueAt(doc: Raw, field: string): unknown {
  if (field === 'id') return doc.id;
  let current: unknown = doc;
  for (const part of field.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Raw)[part];
  }
  return current;
}

const sameType = (a: unknown, b: unknown): boolean => typeof a === typeof b && (typeof a === 'number' || typeof a === 'string');

/** MongoDB/CloudBase matching of one document, for conditions inside transactions (which only address ids). */
export function matchesFilter(doc: Raw, filter: Filter): boolean {
  const equal = (actual: unknown, expected: Scalar): boolean => (expected === null ? actual === null || actual === undefined : actual === expected);
  for (const [field, value] of Object.entries(filter)) {
    const actual = valueAt(doc, field);
    if (!isCondition(value)) {
      if (!equal(actual, value)) return false;
      continue;
    }
    const { $in, $ne, $gt, $gte, $lt, $lte } = value;
    if ($in !== undefined && !$in.some((candidate) => equal(actual, candidate))) return false;
    if ($ne !== undefined && equal(actual, $ne)) return false;
    if ($gt !== undefined && !(sameType(actual, $gt) && (actual as number) > ($gt as number))) return false;
    if ($gte !== undefined && !(sameType(actual, $gte) && (actual as number) >= ($gte as number))) return false;
    if ($lt !== undefined && !(sameType(actual, $lt) && (actual as number) < ($lt as number))) return false;
    if ($lte !== undefined && !(sameType(actual, $lte) && (actual as number) <= ($lte as number))) return false;
  }
  return true;
}

export function isDuplicateKeyError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error ?? '');
  return /E11000|duplicate key|dup key/i.test(text);
}

/**
 * A write conflict: another transaction holds or has changed a document this one writes. wx-server-sdk retries only
 * conflicts found at commit (the error keeps `code`); one raised by an operation arrives wrapped, with the text only.
 */
export function isTransactionConflict(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code === 'DATABASE_TRANSACTION_CONFLICT') return true;
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error ?? '');
  return /DATABASE_TRANSACTION_CONFLICT|transaction conflict|WriteConflict/i.test(text);
}

/** How long conflicting transactions keep retrying (a cloud function runs 3 s by default), and their pauses. */
const CONFLICT_RETRY_MS = 2000;
const CONFLICT_PAUSE_MIN_MS = 2;
const CONFLICT_PAUSE_MAX_MS = 40;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isNotFoundError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /does not exist|not exist|not found/i.test(text);
}

const patchHolds = (doc: Raw, patch: Record<string, unknown>): boolean =>
  Object.entries(patch).every(([field, value]) => JSON.stringify(doc[field]) === JSON.stringify(value));

async function getById(collection: WxCollection, id: string): Promise<Raw | null> {
  try {
    const { data } = await collection.doc(id).get();
    return data ?? null;
  } catch (error) {
    // doc().get() rejects for a missing id unless the db was created with throwOnNotFound: false.
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

async function insertInto(collection: WxCollection, name: string, doc: Doc): Promise<void> {
  if (typeof doc.id !== 'string' || doc.id === '') throw new Error(`insert into ${name} needs a string id`);
  try {
    await collection.add({ data: toWx(doc) });
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new DuplicateIdError(name, doc.id);
    throw error;
  }
}

/** The by-id operations a CloudBase transaction supports; conditions are checked on the document read in it. */
function transactionOps(t: WxTransaction, _: WxCommand): StoreTx {
  const conditionalUpdate = async (collection: string, id: string, data: Raw, where: Filter, numeric?: string): Promise<boolean> => {
    const ref = t.collection(collection).doc(id);
    const raw = await getById(t.collection(collection), id);
    if (!raw) return false;
    const doc = fromWx<Doc & Raw>(raw);
    if (!matchesFilter(doc, where)) return false;
    if (numeric !== undefined && doc[numeric] !== undefined && doc[numeric] !== null && typeof doc[numeric] !== 'number') return false;
    await ref.update({ data });
    return true;
  };
  return {
    async get<T extends Doc>(collection: string, id: string) {
      const raw = await getById(t.collection(collection), id);
      return raw ? fromWx<T>(raw) : null;
    },
    insert: (collection, doc) => insertInto(t.collection(collection), collection, doc),
    update: (collection, id, patch, where = {}) => conditionalUpdate(collection, id, translatePatch(patch, _), where),
    increment: (collection, id, field, by, where = {}) => conditionalUpdate(collection, id, { [field]: _.inc(by) }, where, field),
    async remove(collection, id) {
      const raw = await getById(t.collection(collection), id);
      if (!raw) return false;
      await t.collection(collection).doc(id).remove();
      return true;
    },
  };
}

export function createCloudbaseStore(db: WxDatabase): Store {
  const _ = db.command;
  const coll = (name: string): WxCollection => db.collection(name);

  async function conditionalUpdate(collection: string, id: string, data: Raw, where: Filter): Promise<boolean> {
    const { stats } = await coll(collection).where({ ...translateFilter(where, _), _id: id }).update({ data });
    return stats.updated > 0;
  }

  return {
    async get<T extends Doc>(collection: string, id: string) {
      const { data } = await coll(collection).where({ _id: id }).limit(1).get();
      return data.length ? fromWx<T>(data[0]) : null;
    },
    insert: (collection, doc) => insertInto(coll(collection), collection, doc),
    async update(collection, id, patch, where = {}) {
      if (await conditionalUpdate(collection, id, translatePatch(patch, _), where)) return true;
      // CloudBase counts modified documents: a patch that changes nothing reports 0 although it held.
      const { data } = await coll(collection).where({ _id: id }).limit(1).get();
      return data.length > 0 && matchesFilter(fromWx<Doc & Raw>(data[0]), where) && patchHolds(data[0], patch);
    },
    increment: (collection, id, field, by, where = {}) => conditionalUpdate(collection, id, { [field]: _.inc(by) }, where),
    async remove(collection, id) {
      const { stats } = await coll(collection).doc(id).remove();
      return stats.removed > 0;
    },
    async find<T extends Doc>(collection: string, filter: Filter, options: FindOptions = {}) {
      const where = translateFilter(filter, _);
      const base = (): WxQuery => (Object.keys(where).length ? coll(collection).where(where) : coll(collection));
      const wanted = options.limit ?? Infinity;
      const out: T[] = [];
      let skip = options.skip ?? 0;
      // Pages through CloudBase's per-query cap so find returns everything asked for.
      while (out.length < wanted) {
        const size = Math.min(PAGE, wanted - out.length);
        const query = applyFindOptions(base(), { orderBy: options.orderBy, skip, limit: size });
        const { data } = await query.get();
        for (const raw of data) out.push(fromWx<T>(raw));
        if (data.length < size) break;
        skip += data.length;
      }
      return out;
    },
    async count(collection, filter) {
      const where = translateFilter(filter, _);
      const { total } = await (Object.keys(where).length ? coll(collection).where(where) : coll(collection)).count();
      return total;
    },
    // fn may run more than once: on a write conflict the whole transaction starts again after a short random pause.
    async transaction(fn) {
      const started = Date.now();
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await db.runTransaction((t) => fn(transactionOps(t, _)));
        } catch (error) {
          if (!isTransactionConflict(error) || Date.now() - started > CONFLICT_RETRY_MS) throw error;
          await pause(CONFLICT_PAUSE_MIN_MS + Math.random() * Math.min(CONFLICT_PAUSE_MAX_MS, CONFLICT_PAUSE_MIN_MS * 2 ** attempt));
        }
      }
    },
  };
}
