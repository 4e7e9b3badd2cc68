// The places a record can be addressed to, from the street office down to one household, and who is inside.
// Notices, polls, topics and drives name an audience; the dispatcher confines every caller to their communities.
import * as v from 'valibot';
import { msg } from './messages';

export type ScopeLevel = 'street' | 'community' | 'grid' | 'building' | 'household';

/** Where a person stands: every level they belong to (a resident has all of them, staff only the upper ones). */
export interface Place {
  streetId?: string;
  communityId?: string;
  gridId?: string;
  buildingId?: string;
  householdId?: string;
}

/** Whom a record is addressed to inside one community: everyone, or some grids, or some buildings. */
export type Audience =
  | { level: 'community' }
  | { level: 'grid'; ids: string[] }
  | { level: 'building'; ids: string[] };

const someIds = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(80))), v.minLength(1, msg('scope.pickOne')), v.maxLength(50));

export const AudienceInput = v.variant('level', [
  v.object({ level: v.literal('community') }),
  v.object({ level: v.literal('grid'), ids: someIds }),
  v.object({ level: v.literal('building'), ids: someIds }),
]);

/**
 * The keys an audience is stored under, one row each, so "what is addressed to me" is one indexed `$in` read.
 * An audience has one level, so a person matches at most one of its keys.
 */
export function audienceKeys(audience: Audience): string[] {
  if (audience.level === 'community') return ['community'];
  return [...new Set(audience.ids)].map((id) => `${audience.level}:${id}`);
}

/** The keys under which records addressed to this person are found. */
export function placeKeys(place: Place): string[] {
  const keys = ['community'];
  if (place.gridId) keys.push(`grid:${place.gridId}`);
  if (place.buildingId) keys.push(`building:${place.buildingId}`);
  return keys;
}

/** Whether a person standing at `place` is inside the audience. */
export function inAudience(place: Place, audience: Audience): boolean {
  const mine = new Set(placeKeys(place));
  return audienceKeys(audience).some((key) => mine.has(key));
}

export const scopeMessages = {
  'scope.pickOne': { zh: '请至少选择一个范围', en: 'Pick at least one' },
  'scope.unknownPlace': { zh: '所选范围不属于本社区', en: 'That place is not in this community' },
};

/** An audience as a reader recognises it: its level and the names of its grids or buildings. */
export interface AudienceView {
  level: Audience['level'];
  names: string[];
}
