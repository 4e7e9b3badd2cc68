// One page of any collection, newest first, ordered by (createdAt, id): first the rest of the records sharing the
// cursor's millisecond, then older ones. Asks for one more than a page to know whether another follows.
import { cursorOf, PAGE_SIZE, positionOf, type Page } from '../../src/domain/common/page';
import type { Doc, Filter, FindOptions, Store } from '../ports/store';

export interface Paged {
  createdAt: number;
}

export async function pageOf<T extends Doc & Paged>(
  store: Store,
  collection: string,
  filter: Filter,
  before: string | undefined,
  size = PAGE_SIZE,
): Promise<Page<T>> {
  const wanted = size + 1;
  const found: T[] = [];
  let older: Filter = filter;
  if (before !== undefined) {
    const position = positionOf(before);
    const sameMillisecond = { ...filter, createdAt: position.createdAt, id: { $lt: position.id } };
    found.push(...(await store.find<T>(collection, sameMillisecond, { orderBy: [['id', 'desc']], limit: wanted })));
    older = { ...filter, createdAt: { $lt: position.createdAt } };
  }
  if (found.length < wanted) {
    const orderBy: FindOptions['orderBy'] = [['createdAt', 'desc'], ['id', 'desc']];
    found.push(...(await store.find<T>(collection, older, { orderBy, limit: wanted - found.length })));
  }
  const items = found.slice(0, size);
  return { items, nextBefore: found.length > size ? cursorOf(items[items.length - 1]!) : null };
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
