// Loading what a council action works on: another community's topic is NOT_FOUND (the scoped store hides it),
// the places an audience names must be this community's, and the community's support settings.
import type { Audience } from '../../../src/domain/common/scope';
import { DEFAULT_COUNCIL_SETTINGS } from '../../../src/domain/councils/rules';
import type { CouncilSettings, Topic } from '../../../src/domain/councils/types';
import type { Building, Grid } from '../../../src/domain/membership/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import { ActionError, forbidden, invalidField } from '../errors';

export const topicNotFound = (): ActionError => new ActionError('NOT_FOUND', 'council.notFound');

export async function loadTopic(store: Store, topicId: string): Promise<Topic> {
  const topic = await store.get<Topic>('topics', topicId);
  if (!topic) throw topicNotFound();
  return topic;
}

/** The topic, for its own community's committee only. */
export async function loadTopicAsCommittee(store: Store, actor: Actor, topicId: string): Promise<Topic> {
  const topic = await loadTopic(store, topicId);
  if (actor.role !== 'committee' || actor.communityId !== topic.communityId) throw forbidden('council.committeeOnly');
  return topic;
}

export async function settingsOf(store: Store, communityId: string): Promise<Pick<CouncilSettings, 'supportNeeded' | 'supportDays'>> {
  const stored = await store.get<CouncilSettings>('councilSettings', communityId);
  return stored ? { supportNeeded: stored.supportNeeded, supportDays: stored.supportDays } : { ...DEFAULT_COUNCIL_SETTINGS };
}

/** Refuses an audience naming a grid or building of another community. */
export async function assertPlaces(store: Store, communityId: string, audience: Audience, field = 'audience'): Promise<void> {
  if (audience.level === 'community') return;
  const collection = audience.level === 'grid' ? 'grids' : 'buildings';
  const found = await store.find<{ id: string }>(collection, { communityId, id: { $in: [...new Set(audience.ids)] } });
  if (found.length !== new Set(audience.ids).size) throw invalidField(field, 'scope.unknownPlace');
}

/** Names of the places an audience addresses ('' for the whole community, shown as 全社区 by the app). */
export async function placeNames(store: Store, audience: Audience): Promise<string[]> {
  if (audience.level === 'community') return [];
  const collection = audience.level === 'grid' ? 'grids' : 'buildings';
  const found = await store.find<Grid | Building>(collection, { id: { $in: [...new Set(audience.ids)] } });
  const names = new Map(found.map((place) => [place.id, place.name]));
  return audience.ids.map((id) => names.get(id) ?? id);
}

/** Times in notices and notes read in China time, e.g. 2026-11-20 19:30. */
export function chinaTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
