// 志愿队长: the committee names a resident of the community captain of a team; a captain publishes and organises
// drives like the committee. Revoking keeps the record (inactive) so past drives still name their organiser.
import { memberId } from '../actor';
import type { Captain, CaptainView } from '../../../src/domain/drives/types';
import type { Household, Member, User } from '../../../src/domain/membership/types';
import { notify } from '../../kit/notify';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { invalidField, notFound } from '../errors';
import { captainIdOf } from './access';

export const listCaptains: ActionHandler<'drives.captains'> = async (_input, ctx) => {
  const { store, actor } = ctx;
  const communityId = actor.communityId!;
  const [captains, members] = await Promise.all([
    store.find<Captain>('captains', { communityId, active: true }),
    store.find<Member>('members', { communityId, status: 'active', role: 'resident' }),
  ]);
  const userIds = [...new Set([...captains.map((captain) => captain.userId), ...members.map((member) => member.userId)])];
  const householdIds = [...new Set(members.map((member) => member.householdId).filter((id): id is string => !!id))];
  const [users, households] = await Promise.all([
    userIds.length ? store.find<User>('users', { id: { $in: userIds } }) : Promise.resolve([]),
    householdIds.length ? store.find<Household>('households', { id: { $in: householdIds } }) : Promise.resolve([]),
  ]);
  const nickname = new Map(users.map((user) => [user.id, user.nickname]));
  const label = new Map(households.map((household) => [household.id, household.label]));
  const views: CaptainView[] = captains.map((captain) => ({ userId: captain.userId, nickname: nickname.get(captain.userId) ?? '', team: captain.team, grantedAt: captain.grantedAt }));
  const named = new Set(captains.map((captain) => captain.userId));
  const residents = members
    .filter((member) => !named.has(member.userId))
    .map((member) => ({ userId: member.userId, nickname: nickname.get(member.userId) ?? '', householdLabel: member.householdId ? label.get(member.householdId) ?? null : null }));
  return { captains: views, residents };
};

export const grantCaptain: ActionHandler<'drives.grantCaptain'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const communityId = actor.communityId!;
  const member = await store.get<Member>('members', memberId(communityId, input.userId));
  if (!member || member.status !== 'active' || member.role !== 'resident') throw invalidField('userId', 'drive.captainNotResident');
  const now = ctx.clock.now();
  const captain: Captain = { id: captainIdOf(communityId, input.userId), communityId, userId: input.userId, team: input.team, active: true, grantedBy: actor.userId, grantedAt: now };
  try {
    await store.insert('captains', captain);
  } catch (error) {
    if (!(error instanceof DuplicateIdError)) throw error;
    await store.update('captains', captain.id, { team: input.team, active: true, grantedBy: actor.userId, grantedAt: now });
  }
  await notify(ctx, [input.userId], { communityId, kind: 'drive.captainGranted', params: { team: input.team } });
  return { userId: input.userId, team: input.team };
};

export const revokeCaptain: ActionHandler<'drives.revokeCaptain'> = async (input, ctx) => {
  const id = captainIdOf(ctx.actor.communityId!, input.userId);
  if (!(await ctx.store.update('captains', id, { active: false }, { active: true }))) throw notFound('drive.captainNotFound');
  return { userId: input.userId };
};
