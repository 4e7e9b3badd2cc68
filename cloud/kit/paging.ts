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
