// One page of any collection ordered by a numeric field and the id: newest first by (createdAt, id) unless told
// otherwise (drives read upcoming-first by (startsAt, id)). First the rest of the records sharing the cursor's
// value, then the ones past it. Asks for one more than a page to know whether another follows.
import { cursorOf, PAGE_SIZE, positionOf, type Page } from '../../src/domain/common/page';
import type { Doc, Filter, FindOptions, Store } from '../ports/store';

export interface Paged {
  createdAt: number;
}

export interface PageOrder<F extends string> {
  /** A numeric field; ties break by id in the same direction. */
  field: F;
  direction: 'asc' | 'desc';
}

export async function pageBy<F extends string, T extends Doc & Record<F, number>>(
  store: Store,
  collection: string,
  filter: Filter,
  before: string | undefined,
  order: PageOrder<F>,
  size = PAGE_SIZE,
): Promise<Page<T>> {
  const wanted = size + 1;
  const found: T[] = [];
  const past = order.direction === 'desc' ? '$lt' : '$gt';
  const orderBy: FindOptions['orderBy'] = [[order.field, order.direction], ['id', order.direction]];
  let rest: Filter = filter;
  if (before !== undefined) {
    const position = positionOf(before);
    const sameValue = { ...filter, [order.field]: position.createdAt, id: { [past]: position.id } };
    found.push(...(await store.find<T>(collection, sameValue, { orderBy: [['id', order.direction]], limit: wanted })));
    rest = { ...filter, [order.field]: { ...asCondition(filter[order.field]), [past]: position.createdAt } };
  }
  if (found.length < wanted) found.push(...(await store.find<T>(collection, rest, { orderBy, limit: wanted - found.length })));
  const items = found.slice(0, size);
  const last = items[items.length - 1];
  return { items, nextBefore: found.length > size && last ? `${last[order.field]}:${last.id}` : null };
}

/** A range the caller already put on the ordering field (e.g. "ends after now") stays beside the cursor's. */
const asCondition = (value: Filter[string] | undefined): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? { ...value } : {};

export function pageOf<T extends Doc & Paged>(store: Store, collection: string, filter: Filter, before: string | undefined, size = PAGE_SIZE): Promise<Page<T>> {
  return pageBy<'createdAt', T>(store, collection, filter, before, { field: 'createdAt', direction: 'desc' }, size);
}

/** The same page with its items turned into views (in one batch, so views can share lookups). */
export async function mapPage<T, V>(page: Page<T>, toViews: (items: T[]) => Promise<V[]>): Promise<Page<V>> {
  return { items: await toViews(page.items), nextBefore: page.nextBefore };
}

const newerFirst = (a: Doc & Paged, b: Doc & Paged): number => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One page of the records whose `field` is any of `values` (e.g. the audience keys a reader matches), as pageOf
 * would give for `$in`, but read one value at a time and merged: each read walks its index in order and stops
 * after a page, where an `$in` read must gather and sort every match first.
 */
export async function pageOfAny<T extends Doc & Paged>(
  store: Store,
  collection: string,
  filter: Filter,
  field: string,
  values: readonly string[],
  before: string | undefined,
  size = PAGE_SIZE,
): Promise<Page<T>> {
  const pages = await Promise.all([...new Set(values)].map((value) => pageOf<T>(store, collection, { ...filter, [field]: value }, before, size)));
  const merged = pages.flatMap((page) => page.items).sort(newerFirst);
  const items = merged.slice(0, size);
  const more = merged.length > size || pages.some((page) => page.nextBefore !== null);
  return { items, nextBefore: more && items.length ? cursorOf(items[items.length - 1]!) : null };
}
