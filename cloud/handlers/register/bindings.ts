// Owners are bound to their units by the committee: a member of the community becomes (one of) the people who may
// vote for the owner of a unit. One owner per member; binding again moves them.
import type { OwnerBinding, PropertyUnit } from '../../../src/domain/councils/types';
import type { Household, Member, User } from '../../../src/domain/membership/types';
import type { ActionHandler } from '../context';
import { conflict, invalidField, notFound } from '../errors';
import { bindingId } from '../votes/electorate';

async function unitOf(ctx: Parameters<ActionHandler<'register.bind'>>[1], unitId: string): Promise<PropertyUnit> {
  const unit = await ctx.store.get<PropertyUnit>('propertyUnits', unitId);
  if (!unit) throw notFound('register.unitNotFound');
  return unit;
}

export const bindOwner: ActionHandler<'register.bind'> = async (input, ctx) => {
  const unit = await unitOf(ctx, input.unitId);
  const member = await ctx.store.get<Member>('members', `${unit.communityId}:${input.userId}`);
  if (!member || member.status !== 'active') throw invalidField('userId', 'register.memberUnknown');
  const id = bindingId(unit.communityId, input.userId);
  const binding: OwnerBinding = { id, communityId: unit.communityId, userId: input.userId, ownerId: unit.ownerId, createdAt: ctx.clock.now() };
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.update('ownerBindings', id, { ownerId: unit.ownerId, createdAt: binding.createdAt }))) await tx.insert('ownerBindings', binding);
  });
  return { bound: true };
};

export const unbindOwner: ActionHandler<'register.unbind'> = async (input, ctx) => {
  const unit = await unitOf(ctx, input.unitId);
  const id = bindingId(unit.communityId, input.userId);
  const removed = await ctx.store.transaction(async (tx) => {
    const binding = await tx.get<OwnerBinding>('ownerBindings', id);
    return binding?.ownerId === unit.ownerId ? tx.remove('ownerBindings', id) : false;
  });
  if (!removed) throw conflict('register.notBound');
  return { unbound: true };
};

/** Members the committee may bind to a unit's owner: those living in its building first. */
export const bindCandidates: ActionHandler<'register.candidates'> = async (input, ctx) => {
  const unit = await unitOf(ctx, input.unitId);
  const members = (await ctx.store.find<Member>('members', { communityId: unit.communityId, status: 'active' })).filter((member) => member.role === 'resident');
  const [users, households] = await Promise.all([
    members.length ? ctx.store.find<User>('users', { id: { $in: members.map((member) => member.userId) } }) : Promise.resolve([]),
    ctx.store.find<Household>('households', { communityId: unit.communityId }),
  ]);
  const nickname = new Map(users.map((user) => [user.id, user.nickname]));
  const door = new Map(households.map((household) => [household.id, household.label]));
  return members
    .map((member) => ({ userId: member.userId, nickname: nickname.get(member.userId) ?? '', householdLabel: member.householdId ? door.get(member.householdId) ?? null : null, near: member.buildingId === unit.buildingId }))
    .sort((a, b) => Number(b.near) - Number(a.near) || (a.householdLabel ?? '').localeCompare(b.householdLabel ?? '', 'zh', { numeric: true }))
    .map(({ near: _near, ...candidate }) => candidate);
};
