// The "load more" cursor of report lists: the creation time and id of the last case shown.
// Cases share a millisecond when filed together, so the id breaks ties and no case is skipped or repeated.
import * as v from 'valibot';

export interface PagePosition {
  createdAt: number;
  id: string;
}

// The id part takes what the shared `id` schema takes (up to 80 characters).
const CURSOR = /^(\d{1,15}):(.{1,80})$/;

export const PageCursor = v.pipe(v.string(), v.regex(CURSOR, '翻页参数无效，请刷新列表'));

export const cursorOf = (position: PagePosition): string => `${position.createdAt}:${position.id}`;

/** Reads a cursor that already passed PageCursor. */
export function positionOf(cursor: string): PagePosition {
  const [, createdAt, id] = CURSOR.exec(cursor) ?? [];
  if (createdAt === undefined || id === undefined) throw new Error(`not a page cursor: ${cursor}`);
  return { createdAt: Number(createdAt), id };
}
