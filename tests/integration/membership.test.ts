// Joining a community: a newcomer consents, names themselves, picks a household and asks; only that community's
// committee sees and decides the request; an invite code admits at once.
import { createHash } from 'node:crypto';
import { userIdFor } from '../../cloud/handlers/actor';
import { renderNotice } from '../../src/domain/messages';
import { CODE_TRIES_PER_DAY } from '../../cloud/handlers/membership/inviteCodes';
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

/** The code the committee of 幸福里 sees for a household, as printed on its 便民联系卡. */
async function codeOnCard(label: string): Promise<string> {
  const codes = dataOf(await world.demo('committee-chen')('households.codes'));
  const card = codes.find((entry) => entry.label === label);
  if (!card) throw new Error(`no card for ${label}`);
  return card.code;
}

/** The code scheme of old: a hash of the household id with no secret, which anyone could compute. */
function derivedFromId(householdId: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const digest = createHash('sha256').update(`${householdId}#0`).digest();
  return Array.from(digest.subarray(0, 6), (byte) => alphabet[byte % alphabet.length]).join('');
}

describe('joining with an invite code', () => {
  it('makes the visitor a resident of the household at once and clears their pending request', async () => {
    const visitor = await readyVisitor('dev:with-card', '小韩');
    const asked = await householdByLabel('7栋3单元201');
    const { requestId } = dataOf(await visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: asked.id }));

    const me = dataOf(await visitor('membership.joinWithCode', { code: (await codeOnCard('6栋1单元101')).toLowerCase() }));
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

  it('cannot be worked out from what a guest may list: the codes are not derived from the household ids', async () => {
    const buildings = dataOf(await world.as('dev:stranger')('households.list', { communityId: 'c-xingfuli' }));
    const listed = buildings.flatMap((building) => building.households);
    expect(listed.length).toBeGreaterThan(30);
    // One stranger per guess, so the daily limit on tries is not what stops them.
    for (const [n, { id }] of listed.entries()) {
      const stranger = await readyVisitor(`dev:stranger-${n}`, '陌生人');
      expect(await stranger('membership.joinWithCode', { code: derivedFromId(id) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(dataOf(await stranger('session.me')).membership).toBeNull();
    }
  });

  it('lists for a guest only buildings and door labels, never codes or who lives there', async () => {
    const buildings = dataOf(await world.as('dev:looking')('households.list', { communityId: 'c-xingfuli' }));
    for (const building of buildings) {
      expect(Object.keys(building).sort()).toEqual(['households', 'id', 'name']);
      for (const household of building.households) expect(Object.keys(household).sort()).toEqual(['id', 'label']);
    }
    const text = JSON.stringify(buildings);
    const codes = (await world.ports.store.find<Household>('households', { communityId: 'c-xingfuli' })).map((household) => household.inviteCode);
    for (const code of codes) expect(text).not.toContain(code);
    expect(text).not.toMatch(/u_[0-9a-f]{16}/);
  });
});

describe('guessing invite codes', () => {
  it('allows ten tries a day, right or wrong, then refuses until the next day', async () => {
    const guesser = await readyVisitor('dev:guesser', '小猜');
    for (let n = 0; n < CODE_TRIES_PER_DAY; n += 1) {
      expect(await guesser('membership.joinWithCode', { code: 'ZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const right = await codeOnCard('6栋2单元602');
    expect(await guesser('membership.joinWithCode', { code: right })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', reason: 'membership.tooManyCodeTries' } });
    expect(dataOf(await guesser('session.me')).membership).toBeNull();

    world.clock.advance(24 * 60 * 60 * 1000);
    expect(dataOf(await guesser('membership.joinWithCode', { code: right })).membership).toMatchObject({ householdLabel: '6栋2单元602' });
  });
});

describe('invite codes on the committee side', () => {
  it('shows the committee every code of its own community, building by building, and nobody else any', async () => {
    const codes = dataOf(await world.demo('committee-chen')('households.codes'));
    expect(codes.length).toBeGreaterThanOrEqual(35);
    expect(codes[0]).toEqual({ householdId: expect.any(String), buildingName: '1栋', label: '1栋1单元101', code: expect.stringMatching(/^[A-Z2-9]{6}$/), rotatedAt: null });
    const heping = (await world.ports.store.find<Household>('households', { communityId: 'c-heping' })).map((household) => household.id);
    expect(codes.map((entry) => entry.householdId)).not.toEqual(expect.arrayContaining([heping[0]]));
    expect(new Set(codes.map((entry) => entry.code)).size).toBe(codes.length);
    for (const key of ['resident-wang', 'worker-g2', 'street-officer']) {
      expect(await world.demo(key)('households.codes')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await world.as('dev:guest')('households.codes')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('replaces a household code: the old one stops admitting, the new one admits', async () => {
    const household = await householdByLabel('8栋2单元602');
    const old = await codeOnCard('8栋2单元602');
    const rotated = dataOf(await world.demo('committee-liu')('households.rotateCode', { householdId: household.id }));
    expect(rotated).toMatchObject({ householdId: household.id, label: '8栋2单元602', buildingName: '8栋', rotatedAt: world.clock.now() });
    expect(rotated.code).not.toBe(old);
    expect(await codeOnCard('8栋2单元602')).toBe(rotated.code);

    const late = await readyVisitor('dev:old-card', '旧卡');
    expect(await late('membership.joinWithCode', { code: old })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const fresh = await readyVisitor('dev:new-card', '新卡');
    expect(dataOf(await fresh('membership.joinWithCode', { code: rotated.code })).membership).toMatchObject({ householdLabel: '8栋2单元602' });
  });

  it('refuses to rotate another community\'s household, and refuses everyone but the committee', async () => {
    const [heping] = await world.ports.store.find<Household>('households', { communityId: 'c-heping' }, { limit: 1 });
    expect(await world.demo('committee-chen')('households.rotateCode', { householdId: heping.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const before = (await world.ports.store.get<Household>('households', heping.id))!.inviteCode;
    const own = await householdByLabel('1栋1单元101');
    for (const key of ['resident-wang', 'worker-g1', 'street-officer']) {
      expect(await world.demo(key)('households.rotateCode', { householdId: own.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await world.ports.store.get<Household>('households', heping.id))!.inviteCode).toBe(before);
  });
});
