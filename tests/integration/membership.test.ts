// Joining a community: a newcomer consents, names themselves, picks a household and asks; only that community's
// committee sees and decides the request; an invite code admits at once.
import { userIdFor } from '../../cloud/handlers/actor';
import { renderNotice } from '../../src/domain/messages';
import type { Household, JoinRequest } from '../../src/domain/membership/types';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

/** A brand-new visitor who has agreed to the privacy guide and chosen a nickname. */
async function readyVisitor(openid: string, nickname: string) {
  const call = world.as(openid);
  dataOf(await call('privacy.consent', { version: CONSENT_VERSION }));
  dataOf(await call('profile.update', { nickname }));
  return call;
}

async function householdByLabel(label: string): Promise<Household> {
  const [household] = await world.ports.store.find<Household>('households', { label, communityId: 'c-xingfuli' });
  if (!household) throw new Error(`no household ${label}`);
  return household;
}

describe('a newcomer joining 幸福里社区', () => {
  it('goes from visitor to resident once the committee approves, and is told so', async () => {
    const visitor = world.as('dev:newcomer');
    const first = dataOf(await visitor('session.me'));
    expect(first.membership).toBeNull();
    expect(first.user.consentVersion).toBeNull();

    dataOf(await visitor('privacy.consent', { version: CONSENT_VERSION }));
    expect(dataOf(await visitor('profile.update', { nickname: ' 小林 ' })).nickname).toBe('小林');

    const communities = dataOf(await visitor('communities.list'));
    expect(communities).toEqual(
      expect.arrayContaining([
        { id: 'c-xingfuli', name: '幸福里社区', streetName: '青石街道' },
        { id: 'c-heping', name: '和平社区', streetName: '青石街道' },
      ]),
    );
    const buildings = dataOf(await visitor('households.list', { communityId: 'c-xingfuli' }));
    const labels = buildings.flatMap((building) => building.households.map((household) => household.label));
    expect(buildings.map((building) => building.name)).toEqual(['1栋', '2栋', '3栋', '4栋', '5栋', '6栋', '7栋', '8栋']);
    expect(labels).toContain('3栋2单元501');
    expect(JSON.stringify(buildings)).not.toMatch(/inviteCode/);

    const household = await householdByLabel('3栋2单元501');
    const { requestId } = dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household.id, note: '新搬来的租户' }));
    expect(dataOf(await visitor('session.me')).pendingRequest).toMatchObject({ id: requestId, communityName: '幸福里社区', householdLabel: '3栋2单元501' });

    const chen = world.demo('committee-chen');
    const queue = dataOf(await chen('membership.pendingRequests'));
    expect(queue).toEqual(expect.arrayContaining([expect.objectContaining({ id: requestId, nickname: '小林', householdLabel: '3栋2单元501', note: '新搬来的租户' })]));

    expect(dataOf(await chen('membership.decide', { requestId, decision: 'approve' }))).toMatchObject({ id: requestId, status: 'approved' });

    const after = dataOf(await visitor('session.me'));
    expect(after.membership).toEqual({ communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'resident', householdId: household.id, householdLabel: '3栋2单元501' });
    expect(after.pendingRequest).toBeNull();
    expect(dataOf(await chen('membership.pendingRequests')).map((request) => request.id)).not.toContain(requestId);

    const inbox = dataOf(await visitor('inbox.list'));
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'membership.approved' });
    expect(dataOf(await visitor('inbox.markRead', { ids: [inbox.items[0].id] })).unread).toBe(0);
  });

  it('tells a rejected newcomer why, and leaves them without a community', async () => {
    const visitor = await readyVisitor('dev:rejected', '小马');
    const household = await householdByLabel('1栋1单元101');
    const { requestId } = dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household.id }));
    dataOf(await world.demo('committee-liu')('membership.decide', { requestId, decision: 'reject', reason: '该户登记人数已满，请联系户主' }));

    const me = dataOf(await visitor('session.me'));
    expect(me.membership).toBeNull();
    expect(me.pendingRequest).toBeNull();
    const { items } = dataOf(await visitor('inbox.list'));
    expect(items[0]).toMatchObject({ kind: 'membership.rejected' });
    expect(items[0]!.params.reason).toBe('该户登记人数已满，请联系户主');
    expect(renderNotice(items[0]!.kind, items[0]!.params, 'en').body).toBe('Reason: 该户登记人数已满，请联系户主');
  });

  it('refuses a second request while one is pending, naming the reason', async () => {
    const visitor = await readyVisitor('dev:eager', '小周');
    const one = await householdByLabel('4栋1单元101');
    const two = await householdByLabel('6栋2单元602');
    dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: one.id }));
    const second = await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: two.id });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'membership.requestPending' } });
    expect(await world.ports.store.count('joinRequests', { userId: userIdFor('dev:eager') })).toBe(1);
  });

  it('refuses a request from someone already living there', async () => {
    const wang = world.demo('resident-wang');
    const household = await householdByLabel('8栋1单元101');
    expect(await wang('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'membership.alreadyMember' },
    });
  });

  it('asks for privacy consent and a nickname before a request reaches the committee', async () => {
    const visitor = world.as('dev:hasty');
    const household = await householdByLabel('2栋2单元501');
    const input = { communityId: 'c-xingfuli', householdId: household.id };
    expect(await visitor('membership.requestJoin', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'membership.consentRequired' } });
    dataOf(await visitor('privacy.consent', { version: CONSENT_VERSION }));
    expect(await visitor('membership.requestJoin', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'membership.nicknameFirst' } });
  });

  it('refuses a nickname that fails content security', async () => {
    const visitor = world.as('dev:rude');
    expect(await visitor('profile.update', { nickname: '违禁词测试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } });
    expect(dataOf(await visitor('session.me')).user.nickname).toBe('');
  });

  it('answers NOT_FOUND for a household of another community', async () => {
    const visitor = await readyVisitor('dev:confused', '小吴');
    expect(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: 'h-hp-1-1-201' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('who decides a join request', () => {
  async function pendingRequest(): Promise<string> {
    const visitor = await readyVisitor('dev:waiting', '小郑');
    const household = await householdByLabel('5栋1单元302');
    return dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household.id })).requestId;
  }

  it('hides it from the committee of 和平社区, which cannot decide it either', async () => {
    const requestId = await pendingRequest();
    const ma = world.demo('heping-committee');
    expect(dataOf(await ma('membership.pendingRequests')).map((request) => request.id)).not.toContain(requestId);
    expect(await ma('membership.decide', { requestId, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const stored = await world.ports.store.get<JoinRequest>('joinRequests', requestId);
    expect(stored?.status).toBe('pending');
  });

  it('forbids residents and grid workers from deciding', async () => {
    const requestId = await pendingRequest();
    for (const key of ['resident-wang', 'worker-g2']) {
      expect(await world.demo(key)('membership.decide', { requestId, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('decides a request once: the second decision is refused', async () => {
    const requestId = await pendingRequest();
    dataOf(await world.demo('committee-chen')('membership.decide', { requestId, decision: 'approve' }));
    expect(await world.demo('committee-liu')('membership.decide', { requestId, decision: 'reject', reason: '重复' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'membership.alreadyDecided' },
    });
  });

  it('never shows a phone number to the committee or anyone else', async () => {
    const requestId = await pendingRequest();
    const answers = [
      await world.demo('committee-chen')('membership.pendingRequests'),
      await world.demo('committee-chen')('membership.decide', { requestId, decision: 'approve' }),
      await world.demo('resident-li')('households.list', { communityId: 'c-xingfuli' }),
      await world.demo('resident-wang')('session.me'),
    ];
    for (const answer of answers) {
      expect(answer.ok).toBe(true);
      expect(JSON.stringify(answer)).not.toMatch(/1380000000\d|phone/);
    }
  });
});

describe('joining with an invite code', () => {
  it('makes the visitor a resident of the household at once and clears their pending request', async () => {
    const visitor = await readyVisitor('dev:with-card', '小韩');
    const asked = await householdByLabel('7栋3单元201');
    const { requestId } = dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: asked.id }));

    const household = await householdByLabel('6栋1单元101');
    const me = dataOf(await visitor('membership.joinWithCode', { code: household.inviteCode.toLowerCase() }));
    expect(me.membership).toMatchObject({ communityId: 'c-xingfuli', role: 'resident', householdLabel: '6栋1单元101' });
    expect(me.pendingRequest).toBeNull();
    expect(dataOf(await world.demo('committee-chen')('membership.pendingRequests')).map((request) => request.id)).not.toContain(requestId);
  });

  it('answers NOT_FOUND for a code no household has', async () => {
    const visitor = await readyVisitor('dev:typo', '小冯');
    const codes = new Set((await world.ports.store.find<Household>('households', {})).map((household) => household.inviteCode));
    const unused = ['ZZZZZZ', 'YYYYYY', 'XXXXXX'].find((code) => !codes.has(code))!;
    expect(await visitor('membership.joinWithCode', { code: unused })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dataOf(await visitor('session.me')).membership).toBeNull();
  });
});
