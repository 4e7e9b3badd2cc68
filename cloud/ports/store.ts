// The Store port: a small document store every adapter (SQLite, WeChat CloudBase) implements identically.

export type Scalar = string | number | boolean | null;

export interface Condition {
  $in?: Scalar[];
  $ne?: Scalar;
  $gt?: number | string;
  $gte?: number | string;
  $lt?: number | string;
  $lte?: number | string;
}

/** Top-level field → exact value or condition; all clauses must hold. */
export type Filter = Record<string, Scalar | Condition>;

export interface FindOptions {
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>;
  limit?: number;
  skip?: number;
}

/** Any record with a string id; no index signature, so domain interfaces (User, Member…) qualify. */
export interface Doc {
  id: string;
}

/** Thrown by insert when a document with the same id exists: integrity lives in storage. */
export class DuplicateIdError extends Error {
  constructor(public readonly collection: string, public readonly id: string) {
    super(`duplicate id ${id} in ${collection}`);
    this.name = 'DuplicateIdError';
  }
}

/** What a transaction may do: by-id operations only (what CloudBase transactions support). */
export interface StoreTx {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  insert<T extends Doc>(collection: string, doc: T): Promise<void>;
  /** Shallow-merges patch into the document when `where` also holds; answers whether it did. */
  update(collection: string, id: string, patch: Record<string, unknown>, where?: Filter): Promise<boolean>;
  /** Adds `by` to a numeric field when `where` also holds; answers whether it did. */
  increment(collection: string, id: string, field: string, by: number, where?: Filter): Promise<boolean>;
  remove(collection: string, id: string): Promise<boolean>;
}

export interface Store extends StoreTx {
  find<T extends Doc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
  /** Runs fn atomically: all its writes land or none do. */
  transaction<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R>;
  close?(): Promise<void>;
}
