// Who hears about a topic or a vote; telling them goes through the kit's one notify path (after commit).
import { inAudience, type Audience } from '../../../src/domain/common/scope';
import type { TopicSupport } from '../../../src/domain/councils/types';
import type { Member } from '../../../src/domain/membership/types';
import type { Store } from '../../ports';

export const topicLink = (topicId: string): string => `/features/councils/pages/topic/index?id=${encodeURIComponent(topicId)}`;
export const voteLink = (voteId: string): string => `/features/councils/pages/vote/index?id=${encodeURIComponent(voteId)}`;

/** Active members living inside the audience (a meeting's invitees, a topic's neighbours). */
export async function membersIn(store: Store, communityId: string, audience: Audience): Promise<string[]> {
  const members = await store.find<Member>('members', { communityId, status: 'active' });
  return members.filter((member) => audience.level === 'community' || inAudience(member, audience)).map((member) => member.userId);
}

export async function committeeOf(store: Store, communityId: string): Promise<string[]> {
  const members = await store.find<Member>('members', { communityId, status: 'active', role: 'committee' });
  return members.map((member) => member.userId);
}

export async function supportersOf(store: Store, topicId: string): Promise<string[]> {
  return (await store.find<TopicSupport>('topicSupports', { topicId })).map((support) => support.userId);
}
