// The store a community-scoped action's handler receives: every read, count and write of a community collection
// is confined to the caller's communities, so a handler cannot forget the check. Another community's record
// reads as absent (the handler answers NOT_FOUND); writing one is a programming error.
import type { Condition, Doc, Filter, FindOptions, Scalar, Store, StoreTx } from '../ports/store';

export class ScopeViolation extends Error {
  constructor(collection: string, communityId: unknown) {
    super(`write outside the caller's communities: ${collection} ${String(communityId)}`);
    this.name = 'ScopeViolation';
  }
}

const isCondition = (value: Scalar | Condition | undefined): value is Condition => typeof value === 'object' && value !== null;

/** Narrows a filter's communityId to the allowed ones; null when nothing can match. */
function confine(filter: Filter, allowed: readonly string[]): Filter | null {
  const asked = filter.communityId;
  if (asked === undefined) return { ...filter, communityId: allowed.length === 1 ? allowed[0]! : { $in: [...allowed] } };
  if (!isCondition(asked)) return typeof asked === 'string' && allowed.includes(asked) ? filter : null;
  const keys = Object.keys(asked);
  if (keys.length !== 1 || !asked.$in) throw new Error('a community filter may only be a value or $in');
  const both = asked.$in.filter((id): id is string => typeof id === 'string' && allowed.includes(id));
  return both.length ? { ...filter, communityId: { $in: both } } : null;
}

/** A transaction (or the store's own writes) confined to `allowed`: what a handler writes through its scoped store. */
class ConfinedTx implements StoreTx {
  constructor(
    protected readonly tx: StoreTx,
    protected readonly scoped: (collection: string) => boolean,
    protected readonly allowed: readonly string[],
  ) {}

  protected visible(collection: string, doc: Doc | null): boolean {
    return !doc || !this.scoped(collection) || this.allowed.includes((doc as Doc & { communityId?: string }).communityId ?? '');
  }

  protected where(collection: string, filter?: Filter): Filter | undefined {
    if (!this.scoped(collection)) return filter;
    return { ...filter, communityId: this.allowed.length === 1 ? this.allowed[0]! : { $in: [...this.allowed] } };
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    const doc = await this.tx.get<T>(collection, id);
    return this.visible(collection, doc) ? doc : null;
  }

  async insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    if (!this.visible(collection, doc)) throw new ScopeViolation(collection, (doc as Doc & { communityId?: string }).communityId);
    await this.tx.insert(collection, doc);
  }

  update(collection: string, id: string, patch: Record<string, unknown>, filter?: Filter): Promise<boolean> {
    if (this.scoped(collection) && 'communityId' in patch) throw new ScopeViolation(collection, patch.communityId);
    return this.tx.update(collection, id, patch, this.where(collection, filter));
  }

  increment(collection: string, id: string, field: string, by: number, filter?: Filter): Promise<boolean> {
    return this.tx.increment(collection, id, field, by, this.where(collection, filter));
  }

  async remove(collection: string, id: string): Promise<boolean> {
    if (this.scoped(collection) && !this.visible(collection, await this.tx.get(collection, id))) return false;
    return this.tx.remove(collection, id);
  }
}

/**
 * The store a community-scoped handler receives. A class, so the per-call wrapper is one small object; its methods
 * live on the prototype, so wrap it by delegating to it, never by spreading it.
 */
class ScopedStore extends ConfinedTx implements Store {
  constructor(
    private readonly store: Store,
    scoped: (collection: string) => boolean,
    allowed: readonly string[],
  ) {
    super(store, scoped, allowed);
  }

  async find<T extends Doc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]> {
    if (!this.scoped(collection)) return this.store.find<T>(collection, filter, options);
    const narrowed = confine(filter, this.allowed);
    return narrowed ? this.store.find<T>(collection, narrowed, options) : [];
  }

  async count(collection: string, filter: Filter): Promise<number> {
    if (!this.scoped(collection)) return this.store.count(collection, filter);
    const narrowed = confine(filter, this.allowed);
    return narrowed ? this.store.count(collection, narrowed) : 0;
  }

  transaction<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R> {
    return this.store.transaction((tx) => fn(new ConfinedTx(tx, this.scoped, this.allowed)));
  }

  async close(): Promise<void> {
    await this.store.close?.();
  }
}

/** Wraps a store so community collections (per `scoped`) only show and take records of `allowed` communities. */
export function scopedStore(store: Store, scoped: (collection: string) => boolean, allowed: readonly string[]): Store {
  return new ScopedStore(store, scoped, allowed);
}
