// Who sees a notice, when, and what an edit does. Pure functions; handlers call these and nothing else.
import { OK, type Outcome } from '../common/outcome';
import { audienceKeys, placeKeys, type Audience } from '../common/scope';
import { inGroup, type Actor } from '../roles';
import type { Notice, NoticeAbilities, NoticeContent } from './types';

/** The feed key every notice is also stored under: overseers read by it and see all of their community. */
export const OVERSEER_KEY = '*';

/** Far enough in the future to stand for "never expires" in a range. */
export const NEVER = 8_640_000_000_000_000;

/** How many pinned notices the home feed shows above the newest ones. */
export const PINNED_ON_HOME = 5;

/** The keys a notice is stored under in the feed index. */
export const feedKeys = (audience: Audience): string[] => [...audienceKeys(audience), OVERSEER_KEY];

/**
 * The keys a person reads the feed by: overseers see everything in their community; a grid worker what is
 * addressed to the community, their grids and the buildings in them; a resident what reaches their grid or building.
 */
export function readerKeys(actor: Actor, buildingsOfMyGrids: readonly string[] = []): string[] {
  if (inGroup('overseers', actor.role)) return [OVERSEER_KEY];
  if (actor.role === 'grid_worker') {
    return ['community', ...actor.gridIds.map((gridId) => `grid:${gridId}`), ...buildingsOfMyGrids.map((buildingId) => `building:${buildingId}`)];
  }
  return placeKeys(actor);
}

export const isScheduled = (notice: Pick<Notice, 'publishAt'>, now: number): boolean => notice.publishAt > now;

export const isExpired = (notice: Pick<Notice, 'expiresAt'>, now: number): boolean => notice.expiresAt !== null && notice.expiresAt <= now;

/**
 * Whether a reader with these keys may open the notice: overseers always (scheduled and withdrawn ones too); anyone else only
 * once it is published, not withdrawn, and addressed to one of their keys.
 */
export function canRead(notice: Pick<Notice, 'audience' | 'publishAt' | 'status'>, keys: readonly string[], now: number): Outcome<{ kind: 'not_visible' }> {
  if (keys.includes(OVERSEER_KEY)) return OK;
  if (notice.status !== 'published' || isScheduled(notice, now)) return { kind: 'not_visible' };
  const mine = new Set(keys);
  return audienceKeys(notice.audience).some((key) => mine.has(key)) ? OK : { kind: 'not_visible' };
}

/** The committee publishes in its own community, the street office in any community of its street. */
export function canPublishIn(actor: Actor, community: { id: string; streetId: string }): Outcome<{ kind: 'not_your_community' }> {
  if (actor.role === 'committee' && actor.communityId === community.id) return OK;
  if (actor.role === 'street' && actor.streetId !== undefined && actor.streetId === community.streetId) return OK;
  return { kind: 'not_your_community' };
}

export interface Schedule {
  publishAt: number;
  expiresAt: number | null;
}

/**
 * A notice is published at the given time (a time already past means now), expires after it, and an important
 * one is pushed when published, so it cannot wait for a later time.
 */
export function planSchedule(
  asked: { publishAt?: number; expiresAt: number | null; important: boolean },
  now: number,
): { kind: 'ok'; schedule: Schedule } | { kind: 'expires_before_publish' } | { kind: 'important_is_immediate' } {
  const publishAt = Math.max(asked.publishAt ?? now, now);
  if (asked.expiresAt !== null && asked.expiresAt <= publishAt) return { kind: 'expires_before_publish' };
  if (asked.important && publishAt > now) return { kind: 'important_is_immediate' };
  return { kind: 'ok', schedule: { publishAt, expiresAt: asked.expiresAt } };
}

/** An expiry set by an edit must still come after the notice was published. */
export const expiryFits = (notice: Pick<Notice, 'publishAt'>, expiresAt: number | null): boolean => expiresAt === null || expiresAt > notice.publishAt;

const sameImages = (a: NoticeContent['images'], b: readonly string[]): boolean =>
  a.length === b.length && a.every((image, index) => image.fileId === b[index]);

/**
 * The version rule, the same for every category: an edit that changes what a reader reads (title, body, images)
 * makes a new version and keeps the old one readable; pin and expiry are settings, not content.
 */
export function changesContent(notice: NoticeContent, edit: { title: string; body: readonly string[]; imageIds: readonly string[] }): boolean {
  return notice.title !== edit.title || notice.body.join('\n') !== edit.body.join('\n') || !sameImages(notice.images, edit.imageIds);
}

/** Whether a read counts towards 知晓率: a resident, of a household, inside the audience. */
export function countsTowardsReadRate(actor: Pick<Actor, 'role' | 'householdId' | 'buildingId' | 'gridId'>, notice: Pick<Notice, 'audience'>): boolean {
  if (actor.role !== 'resident' || !actor.householdId || !actor.buildingId) return false;
  const mine = new Set(placeKeys(actor));
  return audienceKeys(notice.audience).some((key) => mine.has(key));
}

/** What the caller may do with a notice they can read. */
export function noticeAbilities(actor: Actor, notice: Pick<Notice, 'communityId' | 'streetId' | 'status'>): NoticeAbilities {
  const oversees = canPublishIn(actor, { id: notice.communityId, streetId: notice.streetId }).kind === 'ok';
  return { edit: oversees && notice.status === 'published', withdraw: oversees && notice.status === 'published', readStats: oversees };
}

/** The first paragraph, cut to `max` characters for a list row. */
export function excerptOf(body: readonly string[], max = 60): string {
  const first = Array.from(body[0] ?? '');
  return first.length > max ? `${first.slice(0, max - 1).join('')}…` : first.join('');
}
