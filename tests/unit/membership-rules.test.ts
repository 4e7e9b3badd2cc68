// The rules behind joining a community, each outcome named.
import { canDecideJoin, canJoinWithCode, canRequestJoin, claimedMembership, residentMembership } from '../../src/domain/membership/rules';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import type { Member } from '../../src/domain/membership/types';

const ready = { consentVersion: CONSENT_VERSION, nickname: '小林' };
const member = (status: Member['status']): Member => ({
  id: 'c-xingfuli:u_1',
  communityId: 'c-xingfuli',
  userId: 'u_1',
  role: 'resident',
  status,
  householdId: 'h-3-2-501',
  gridIds: [],
  joinedAt: 1,
});

describe('canRequestJoin', () => {
  it('lets a consenting, named newcomer ask', () => {
    expect(canRequestJoin(ready, null, null)).toEqual({ kind: 'ok' });
  });

  it('lets a former member whose membership was removed ask again', () => {
    expect(canRequestJoin(ready, member('removed'), null)).toEqual({ kind: 'ok' });
  });

  it('refuses someone who has not agreed to the current privacy guide', () => {
    expect(canRequestJoin({ ...ready, consentVersion: undefined }, null, null)).toEqual({ kind: 'consent_required' });
    expect(canRequestJoin({ ...ready, consentVersion: '2020-01' }, null, null)).toEqual({ kind: 'consent_required' });
  });

  it('refuses someone without a nickname, since the committee must know whom it admits', () => {
    expect(canRequestJoin({ ...ready, nickname: '  ' }, null, null)).toEqual({ kind: 'nickname_required' });
  });

  it('refuses an active member of the community', () => {
    expect(canRequestJoin(ready, member('active'), null)).toEqual({ kind: 'already_member' });
  });

  it('refuses a second request while one is pending, naming the pending one', () => {
    expect(canRequestJoin(ready, null, { id: 'u_1:1' })).toEqual({ kind: 'request_pending', requestId: 'u_1:1' });
  });
});

describe('canJoinWithCode', () => {
  it('admits a ready person even while a request is pending', () => {
    expect(canJoinWithCode(ready, null)).toEqual({ kind: 'ok' });
  });

  it('refuses an active member and someone without consent', () => {
    expect(canJoinWithCode(ready, member('active'))).toEqual({ kind: 'already_member' });
    expect(canJoinWithCode({ ...ready, consentVersion: undefined }, null)).toEqual({ kind: 'consent_required' });
  });
});

describe('canDecideJoin', () => {
  const pending = { communityId: 'c-xingfuli', status: 'pending' as const };
  const committee = { communityId: 'c-xingfuli' };

  it('lets staff decide their own community’s pending request', () => {
    expect(canDecideJoin(committee, pending, 'approve', null)).toEqual({ kind: 'ok' });
    expect(canDecideJoin(committee, pending, 'reject', null)).toEqual({ kind: 'ok' });
  });

  it('treats another community’s request as not existing', () => {
    expect(canDecideJoin({ communityId: 'c-heping' }, pending, 'approve', null)).toEqual({ kind: 'not_found' });
    expect(canDecideJoin({}, pending, 'approve', null)).toEqual({ kind: 'not_found' });
    expect(canDecideJoin(committee, null, 'approve', null)).toEqual({ kind: 'not_found' });
  });

  it('refuses to decide a request twice', () => {
    expect(canDecideJoin(committee, { ...pending, status: 'approved' }, 'reject', null)).toEqual({ kind: 'already_decided', status: 'approved' });
  });

  it('refuses to approve someone who is already an active member, but lets the request be rejected', () => {
    expect(canDecideJoin(committee, pending, 'approve', member('active'))).toEqual({ kind: 'already_member' });
    expect(canDecideJoin(committee, pending, 'reject', member('active'))).toEqual({ kind: 'ok' });
  });
});

describe('residentMembership', () => {
  it('binds the person to the household as an active resident, one membership per community', () => {
    expect(residentMembership({ userId: 'u_9', household: { id: 'h-1-1-101', communityId: 'c-xingfuli', buildingId: 'b-1', gridId: 'g-1' }, now: 42 })).toEqual({
      id: 'c-xingfuli:u_9',
      communityId: 'c-xingfuli',
      userId: 'u_9',
      role: 'resident',
      status: 'active',
      householdId: 'h-1-1-101',
      buildingId: 'b-1',
      gridId: 'g-1',
      gridIds: [],
      joinedAt: 42,
    });
  });
});

describe('claimedMembership (a staff claim code)', () => {
  const at = { userId: 'u_1', communityId: 'c-xingfuli', now: 99 };
  const home = { ...member('active'), householdId: 'h-1', buildingId: 'b-1', gridId: 'g-1', joinedAt: 42 };

  it('makes a resident the worker of the code\'s grid, keeping their household and when they joined', () => {
    expect(claimedMembership(home, { ...at, role: 'grid_worker', gridId: 'g-2' })).toMatchObject({
      role: 'grid_worker', gridIds: ['g-2'], householdId: 'h-1', status: 'active', joinedAt: 42,
    });
  });

  it('adds a second grid to a grid worker instead of replacing the first', () => {
    const worker = { ...home, role: 'grid_worker' as const, gridIds: ['g-1'] };
    expect(claimedMembership(worker, { ...at, role: 'grid_worker', gridId: 'g-2' })).toMatchObject({ role: 'grid_worker', gridIds: ['g-1', 'g-2'] });
  });

  it('never lowers a role: a committee member who also works a grid stays committee', () => {
    const committee = { ...home, role: 'committee' as const };
    expect(claimedMembership(committee, { ...at, role: 'grid_worker', gridId: 'g-2' })).toMatchObject({ role: 'committee', gridIds: ['g-2'] });
    const worker = { ...home, role: 'grid_worker' as const, gridIds: ['g-1'] };
    expect(claimedMembership(worker, { ...at, role: 'committee' })).toMatchObject({ role: 'committee', gridIds: ['g-1'] });
  });

  it('gives a removed member the claimed role afresh, with no grids of before', () => {
    const removed = { ...member('removed'), role: 'committee' as const, gridIds: ['g-1'] };
    expect(claimedMembership(removed, { ...at, role: 'grid_worker', gridId: 'g-2' })).toMatchObject({ role: 'grid_worker', gridIds: ['g-2'], status: 'active', joinedAt: 99 });
    expect(claimedMembership(null, { ...at, role: 'committee' })).toEqual({
      id: 'c-xingfuli:u_1', communityId: 'c-xingfuli', userId: 'u_1', role: 'committee', status: 'active', gridIds: [], joinedAt: 99,
    });
  });
});
