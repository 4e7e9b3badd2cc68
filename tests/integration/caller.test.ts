// Who is calling: a warm instance resolves a caller it has seen from their current membership alone, and still
// follows every change made elsewhere, since the record it reads, not what it remembers, decides.
import { createDispatcher, type Dispatch } from '../../cloud/dispatcher';
import { handlers } from '../../cloud/handlers';
import { newClaimCode, roleClaim } from '../../cloud/handlers/membership/roleClaims';
import type { Store } from '../../cloud/ports/store';
import { demoOpenid } from '../../cloud/seed/demo';
import type { Household, Member, User } from '../../src/domain/membership/types';
import type { Actor } from '../../src/domain/roles';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import { dataOf, demoWorld, quietLog, type DemoWorld } from '../support/demo-world';
import { idOf } from './reports-world';

/** Counts the store's reads by collection, so a test can say how many a call made. */
function countingReads(store: Store): { store: Store; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'get' && key !== 'find') return typeof value === 'function' ? value.bind(target) : value;
      return (collection: string, ...rest: unknown[]) => {
        reads.set(collection, (reads.get(collection) ?? 0) + 1);
        return (value as (...args: unknown[]) => unknown).call(target, collection, ...rest);
      };
    },
  });
  return { store: counted, reads };
}

let world: DemoWorld;
let reads: Map<string, number>;
beforeEach(async () => {
  world = await demoWorld({
    wrapStore: (store) => {
      const counting = countingReads(store);
      reads = counting.reads;
      return counting.store;
    },
  });
});
afterEach(() => world.close());

/** An instance of the function whose `session.me` answers the caller the dispatcher resolved. */
function instance(): (openid: string) => Promise<Actor> {
  const dispatch: Dispatch = createDispatcher(world.ports, { handlers: { ...handlers, 'session.me': async (_input, ctx) => ctx.actor as never }, log: quietLog });
  return async (openid) => dataOf(await dispatch({ action: 'session.me', input: {} }, { openid })) as unknown as Actor;
}

/** The reads of users and members one call makes. */
async function callerReads(call: () => Promise<unknown>): Promise<{ users: number; members: number }> {
  reads.clear();
  await call();
  return { users: reads.get('users') ?? 0, members: reads.get('members') ?? 0 };
}

const WANG = demoOpenid('resident-wang');
const membershipsOf = (userId: string) => world.sqlite.find<Member>('members', { userId });

async function hepingHousehold(): Promise<Household> {
  const [household] = await world.sqlite.find<Household>('households', { communityId: 'c-heping' }, { orderBy: [['id', 'asc']], limit: 1 });
  return household!;
}

describe('resolving the caller', () => {
  it('reads the user and the membership on first sight, then the current membership alone', async () => {
    const whoIs = instance();
    expect(await callerReads(() => whoIs(WANG))).toEqual({ users: 1, members: 1 });
    expect(await callerReads(() => whoIs(WANG))).toEqual({ users: 0, members: 1 });
    expect(await whoIs(WANG)).toMatchObject({ userId: idOf('resident-wang'), role: 'resident', communityId: 'c-xingfuli', householdId: expect.any(String) });
  });

  it('follows a resident who joins another community on another instance', async () => {
    const here = instance();
    const elsewhere = world.as(WANG);
    expect(await here(WANG)).toMatchObject({ communityId: 'c-xingfuli' });

    const household = await hepingHousehold();
    dataOf(await elsewhere('membership.joinWithCode', { code: household.inviteCode }));

    expect(await here(WANG)).toMatchObject({ role: 'resident', communityId: 'c-heping', householdId: household.id });
    expect(await callerReads(() => here(WANG))).toEqual({ users: 0, members: 1 });
    const marks = (await membershipsOf(idOf('resident-wang'))).map((member) => [member.communityId, member.current]);
    expect(marks.sort()).toEqual([['c-heping', true], ['c-xingfuli', false]]);
    expect((await world.sqlite.get<User>('users', idOf('resident-wang')))!.currentCommunityId).toBe('c-heping');
  });

  it('follows a resident who claims a committee seat in another community with a printed code', async () => {
    const here = instance();
    expect(await here(WANG)).toMatchObject({ role: 'resident', communityId: 'c-xingfuli' });
    const code = newClaimCode();
    await world.sqlite.insert('roleClaims', roleClaim({ code, communityId: 'c-heping', name: '王书记', now: world.clock.now() }));
    dataOf(await world.as(WANG)('membership.claimRole', { code }));

    expect(await here(WANG)).toMatchObject({ role: 'committee', communityId: 'c-heping' });
    const marks = (await membershipsOf(idOf('resident-wang'))).map((member) => [member.communityId, member.current]);
    expect(marks.sort()).toEqual([['c-heping', true], ['c-xingfuli', false]]);
  });

  it('sees a membership changed by hand on the very next call, even where the caller was seen', async () => {
    const whoIs = instance();
    await whoIs(WANG);
    const id = `c-xingfuli:${idOf('resident-wang')}`;
    await world.sqlite.update('members', id, { householdId: 'h-5-2-501', buildingId: 'b-5', gridId: 'g-2' });
    expect(await whoIs(WANG)).toMatchObject({ householdId: 'h-5-2-501', buildingId: 'b-5', gridId: 'g-2' });
    await world.sqlite.update('members', id, { status: 'removed' });
    expect(await whoIs(WANG)).toEqual({ userId: idOf('resident-wang'), role: 'guest', gridIds: [] });
  });

  it('resolves a membership written before the current mark through the user record, every time', async () => {
    const whoIs = instance();
    const id = `c-xingfuli:${idOf('resident-wang')}`;
    const { current: _current, ...unmarked } = (await world.sqlite.get<Member>('members', id))!;
    await world.sqlite.remove('members', id);
    await world.sqlite.insert('members', unmarked);
    for (let call = 0; call < 2; call += 1) {
      expect(await callerReads(() => whoIs(WANG))).toEqual({ users: 1, members: 1 });
    }
    expect(await whoIs(WANG)).toMatchObject({ role: 'resident', communityId: 'c-xingfuli' });
  });

  it('marks the membership a committee approves as the newcomer’s current one', async () => {
    const newcomer = world.as('dev:newcomer');
    dataOf(await newcomer('privacy.consent', { version: CONSENT_VERSION }));
    dataOf(await newcomer('profile.update', { nickname: '小林' }));
    const household = (await world.sqlite.find<Household>('households', { communityId: 'c-xingfuli' }, { limit: 1 }))[0]!;
    const { requestId } = dataOf(await newcomer('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household.id, note: '' }));
    dataOf(await world.demo('committee-chen')('membership.decide', { requestId, decision: 'approve' }));
    const whoIs = instance();
    expect(await whoIs('dev:newcomer')).toMatchObject({ role: 'resident', communityId: 'c-xingfuli', householdId: household.id });
    expect(await callerReads(() => whoIs('dev:newcomer'))).toEqual({ users: 0, members: 1 });
  });
});
