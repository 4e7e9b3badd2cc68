// The store a community-scoped action's handler receives: every read, count and write of a community collection
// is confined to the caller's communities, so a handler cannot forget the check. Another community's record
// reads as absent (the handler answers NOT_FOUND); writing one is a programming error.
import type { Condition, Doc, Filter, Scalar, Store, StoreTx } from '../ports/store';

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

function confineTx(tx: StoreTx, scoped: (collection: string) => boolean, allowed: readonly string[]): StoreTx {
  const visible = (collection: string, doc: Doc | null): boolean =>
    !doc || !scoped(collection) || allowed.includes((doc as Doc & { communityId?: string }).communityId ?? '');
  const where = (collection: string, filter?: Filter): Filter | undefined =>
    scoped(collection) ? { ...filter, communityId: allowed.length === 1 ? allowed[0]! : { $in: [...allowed] } } : filter;
  return {
    async get<T extends Doc>(collection: string, id: string) {
      const doc = await tx.get<T>(collection, id);
      return visible(collection, doc) ? doc : null;
    },
    async insert<T extends Doc>(collection: string, doc: T) {
      if (!visible(collection, doc)) throw new ScopeViolation(collection, (doc as Doc & { communityId?: string }).communityId);
      await tx.insert(collection, doc);
    },
    update: (collection, id, patch, filter) => {
      if (scoped(collection) && 'communityId' in patch) throw new ScopeViolation(collection, patch.communityId);
      return tx.update(collection, id, patch, where(collection, filter));
    },
    increment: (collection, id, field, by, filter) => tx.increment(collection, id, field, by, where(collection, filter)),
    async remove(collection, id) {
      if (scoped(collection) && !visible(collection, await tx.get(collection, id))) return false;
      return tx.remove(collection, id);
    },
  };
}

/** Wraps a store so community collections (per `scoped`) only show and take records of `allowed` communities. */
export function scopedStore(store: Store, scoped: (collection: string) => boolean, allowed: readonly string[]): Store {
  const base = confineTx(store, scoped, allowed);
  return {
    ...base,
    async find<T extends Doc>(collection: string, filter: Filter, options?: Parameters<Store['find']>[2]) {
      if (!scoped(collection)) return store.find<T>(collection, filter, options);
      const narrowed = confine(filter, allowed);
      return narrowed ? store.find<T>(collection, narrowed, options) : [];
    },
    async count(collection, filter) {
      if (!scoped(collection)) return store.count(collection, filter);
      const narrowed = confine(filter, allowed);
      return narrowed ? store.count(collection, narrowed) : 0;
    },
    transaction: (fn) => store.transaction((tx) => fn(confineTx(tx, scoped, allowed))),
    close: store.close?.bind(store),
  };
}
