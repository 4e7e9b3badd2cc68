// One page of a list and its "load more" cursor: the creation time and id of the last item shown.
// Items share a millisecond when created together, so the id breaks ties and none is skipped or repeated.
import * as v from 'valibot';
import { msg } from './messages';

export interface Page<T> {
  items: T[];
  /** Pass back as `before` to get the next page; null when there is no more. */
  nextBefore: string | null;
  /** How many items match in all, when the action counts them (with the first page only). */
  total?: number;
}

export const PAGE_SIZE = 20;

export interface PagePosition {
  createdAt: number;
  id: string;
}

// The id part takes what the shared `id` schema takes (up to 80 characters).
const CURSOR = /^(\d{1,15}):(.{1,80})$/;

export const PageCursor = v.pipe(v.string(), v.regex(CURSOR, msg('common.badCursor')));

export const cursorOf = (position: PagePosition): string => `${position.createdAt}:${position.id}`;

/** Reads a cursor that already passed PageCursor. */
export function positionOf(cursor: string): PagePosition {
  const [, createdAt, id] = CURSOR.exec(cursor) ?? [];
  if (createdAt === undefined || id === undefined) throw new Error(`not a page cursor: ${cursor}`);
  return { createdAt: Number(createdAt), id };
}
