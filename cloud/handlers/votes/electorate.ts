// The electorate of a vote, frozen when it opens: one elector per voter key — a person (p:), a household (h:) or an
// owner (o:, with their units and area in the vote's buildings) — and the voter key a caller votes with.
import { inAudience } from '../../../src/domain/common/scope';
import type { OwnerBinding, PropertyOwner, PropertyUnit } from '../../../src/domain/councils/types';
import type { Household, Member, User } from '../../../src/domain/membership/types';
import type { Actor } from '../../../src/domain/roles';
import type { Vote, VoteElector } from '../../../src/domain/votes/types';
import type { Store } from '../../ports';

export const electorId = (voteId: string, voterKey: string): string => `${voteId}:${voterKey}`;
export const bindingId = (communityId: string, userId: string): string => `${communityId}:${userId}`;

const IN_CHUNK = 500;

async function findIn<T extends { id: string }>(store: Store, collection: string, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  const found: T[] = [];
  for (let at = 0; at < unique.length; at += IN_CHUNK) found.push(...(await store.find<T>(collection, { id: { $in: unique.slice(at, at + IN_CHUNK) } })));
  return found;
}

async function nicknames(store: Store, userIds: readonly string[]): Promise<Map<string, string>> {
  return new Map((await findIn<User>(store, 'users', userIds)).map((user) => [user.id, user.nickname || '居民']));
}

const activeMembers = (store: Store, communityId: string): Promise<Member[]> => store.find<Member>('members', { communityId, status: 'active' });

/** Everyone who votes in this vote, as it stands now; written once, when the vote opens. */
export async function electorsOf(store: Store, vote: Vote, now: number): Promise<VoteElector[]> {
  const { communityId, electorate } = vote;
  const elector = (voterKey: string, label: string, userIds: string[], extra: Partial<VoteElector> = {}): VoteElector => ({
    id: electorId(vote.id, voterKey),
    voteId: vote.id,
    communityId,
    voterKey,
    label,
    userIds,
    ...extra,
    createdAt: now,
  });

  if (electorate.kind === 'listed') {
    const members = (await findIn<Member>(store, 'members', (electorate.memberIds ?? []).map((userId) => `${communityId}:${userId}`))).filter((m) => m.status === 'active');
    const names = await nicknames(store, members.map((member) => member.userId));
    return members.map((member) => elector(`p:${member.userId}`, names.get(member.userId) ?? '居民', [member.userId]));
  }

  if (electorate.kind === 'residents') {
    const residents = (await activeMembers(store, communityId)).filter((member) => member.householdId && inAudience(member, electorate.audience));
    const [names, households] = await Promise.all([
      nicknames(store, residents.map((member) => member.userId)),
      findIn<Household>(store, 'households', residents.map((member) => member.householdId!)),
    ]);
    const doors = new Map(households.map((household) => [household.id, household.label]));
    return residents.map((member) =>
      elector(`p:${member.userId}`, `${names.get(member.userId) ?? '居民'} · ${doors.get(member.householdId!) ?? ''}`, [member.userId]),
    );
  }

  if (electorate.kind === 'households') {
    const [households, members] = await Promise.all([store.find<Household>('households', { communityId }), activeMembers(store, communityId)]);
    const living = new Map<string, string[]>();
    for (const member of members) if (member.householdId) living.set(member.householdId, [...(living.get(member.householdId) ?? []), member.userId]);
    return households
      .filter((household) => inAudience(household, electorate.audience))
      .map((household) => elector(`h:${household.id}`, household.label, living.get(household.id) ?? []));
  }

  const units = (await store.find<PropertyUnit>('propertyUnits', { communityId })).filter(
    (unit) =>
      (electorate.audience.level === 'community' || (electorate.audience.level === 'building' && electorate.audience.ids.includes(unit.buildingId))) &&
      (!electorate.units?.length || electorate.units.includes(unit.unit)),
  );
  const byOwner = new Map<string, PropertyUnit[]>();
  for (const unit of units) byOwner.set(unit.ownerId, [...(byOwner.get(unit.ownerId) ?? []), unit]);
  const [owners, bindings] = await Promise.all([
    findIn<PropertyOwner>(store, 'propertyOwners', [...byOwner.keys()]),
    store.find<OwnerBinding>('ownerBindings', { communityId }),
  ]);
  const ownerNames = new Map(owners.map((owner) => [owner.id, owner.developer ? '开发商（未售）' : owner.name]));
  return [...byOwner].map(([ownerId, held]) => {
    held.sort((a, b) => (a.label < b.label ? -1 : 1));
    const userIds = bindings.filter((binding) => binding.ownerId === ownerId).map((binding) => binding.userId);
    return elector(`o:${ownerId}`, `${ownerNames.get(ownerId) ?? ''} · ${held.map((unit) => unit.label).join('、')}`, userIds, {
      units: held.map((unit) => ({ unitId: unit.id, label: unit.label, area: unit.area })),
      weight: held.reduce((sum, unit) => sum + unit.area, 0),
    });
  });
}

/** The key the caller votes with in this vote, or null when they have none (no household, not a bound owner). */
export async function voterKeyOf(store: Store, actor: Actor, vote: Pick<Vote, 'electorate' | 'communityId'>): Promise<string | null> {
  switch (vote.electorate.kind) {
    case 'residents':
    case 'listed':
      return `p:${actor.userId}`;
    case 'households':
      return actor.householdId ? `h:${actor.householdId}` : null;
    case 'owners': {
      const binding = await store.get<OwnerBinding>('ownerBindings', bindingId(vote.communityId, actor.userId));
      return binding ? `o:${binding.ownerId}` : null;
    }
  }
}
