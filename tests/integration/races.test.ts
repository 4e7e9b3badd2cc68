// Integrity rules under concurrency: handlers run at once over a store that answers 1–3 ms late (as CloudBase does),
// so a check made outside the conditional write or transaction lets two writers through.
import type { Grid, Household, JoinRequest, Member, User } from '../../src/domain/membership/types';
import type { Report } from '../../src/domain/reports/types';
import type { Envelope } from '../../src/domain/envelope';
import { userIdFor } from '../../cloud/handlers/actor';
import { addCredit } from '../../cloud/handlers/notifications/addCredit';
import { CODE_TRIES_PER_DAY, type InviteCodeDoc } from '../../cloud/handlers/membership/inviteCodes';
import { newClaimCode, roleClaim } from '../../cloud/handlers/membership/roleClaims';
import { subscriptionId, type SubscriptionDoc } from '../../cloud/ports/subscriptions';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import { dataOf, type DemoWorld } from '../support/demo-world';
import { latencyWorld } from '../support/latency-store';
import { addResidents, fileReport, idOf, photoOf } from './reports-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await latencyWorld({ seed: 20261120 });
});
afterEach(() => world.close());

const failures = (answers: Array<Envelope<unknown>>) => answers.filter((answer) => !answer.ok).map((answer) => (answer.ok ? null : answer.error));

async function readyVisitor(openid: string, nickname: string) {
  const call = world.as(openid);
  dataOf(await call('privacy.consent', { version: CONSENT_VERSION }));
  dataOf(await call('profile.update', { nickname }));
  return call;
}

async function closedCase(): Promise<string> {
  const id = await fileReport(world, 'resident-wang');
  const worker = world.demo('worker-g2');
  dataOf(await worker('reports.accept', { reportId: id }));
  dataOf(await worker('reports.resolve', { reportId: id, afterPhotoIds: [await photoOf(world, 'worker-g2')], note: '已清理' }));
  dataOf(await world.demo('resident-wang')('reports.verify', { reportId: id, decision: 'confirm' }));
  return id;
}

describe('reopenReport', () => {
  it('creates one linked case when twenty residents reopen at once', async () => {
    const old = await closedCase();
    const crowd = await addResidents(world, 20);
    const answers = await Promise.all(crowd.map((openid) => world.as(openid)('reports.reopen', { reportId: old, description: '没几天又堆上了' })));

    const linked = await world.sqlite.find<Report>('reports', { reopenedFrom: old });
    expect(linked).toHaveLength(1);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const error of failures(answers)) expect(error).toMatchObject({ code: 'CONFLICT', reason: 'report.alreadyReopened' });
    const oldEvents = await world.sqlite.count('reportEvents', { reportId: old, kind: 'reopened' });
    expect(oldEvents).toBe(1);
  });
});

describe('markDuplicate', () => {
  it('never leaves two cases duplicates of each other when A→B and B→A are marked at once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const a = await fileReport(world, 'resident-wang');
      const b = await fileReport(world, 'resident-li', { description: '5栋东边堆了好多垃圾' });
      const answers = await Promise.all([
        world.demo('committee-chen')('reports.markDuplicate', { reportId: a, duplicateOf: b }),
        world.demo('committee-liu')('reports.markDuplicate', { reportId: b, duplicateOf: a }),
      ]);
      const [first, second] = await Promise.all([world.sqlite.get<Report>('reports', a), world.sqlite.get<Report>('reports', b)]);
      expect([first!.status, second!.status].filter((status) => status === 'duplicate')).toHaveLength(1);
      expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
      expect(failures(answers)).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: expect.stringMatching(/^report\.(duplicateOfDuplicate|invalidTransition)$/) })]);
    }
  });
});

describe('supportReport', () => {
  it('counts each of twenty residents once when they all press 我也遇到 at once', async () => {
    const id = await fileReport(world, 'resident-wang');
    const crowd = await addResidents(world, 20);
    const answers = await Promise.all(crowd.map((openid) => world.as(openid)('reports.support', { reportId: id })));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect((await world.sqlite.get<Report>('reports', id))!.supportCount).toBe(20);
    expect(await world.sqlite.count('reportSupports', { reportId: id })).toBe(20);
  });

  it('counts one resident once when they press it five times at once', async () => {
    const id = await fileReport(world, 'resident-wang');
    const li = world.demo('resident-li');
    const answers = await Promise.all(Array.from({ length: 5 }, () => li('reports.support', { reportId: id })));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const error of failures(answers)) expect(error).toMatchObject({ code: 'CONFLICT', reason: 'report.alreadySupported' });
    expect((await world.sqlite.get<Report>('reports', id))!.supportCount).toBe(1);
  });
});

describe('acceptReport', () => {
  it('lets one handler take a case when the grid worker and two committee members accept at once', async () => {
    const id = await fileReport(world, 'resident-wang');
    const answers = await Promise.all(['worker-g2', 'committee-chen', 'committee-liu'].map((key) => world.demo(key)('reports.accept', { reportId: id })));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    const report = (await world.sqlite.get<Report>('reports', id))!;
    expect(report.status).toBe('accepted');
    expect(await world.sqlite.count('reportEvents', { reportId: id, kind: 'accepted' })).toBe(1);
    const winner = ['worker-g2', 'committee-chen', 'committee-liu'][answers.findIndex((answer) => answer.ok)];
    expect(report.handlerId).toBe(idOf(winner));
  });
});

describe('decideJoin', () => {
  it('lands one decision when two committee members approve and reject the same request at once', async () => {
    const [request] = await world.sqlite.find<JoinRequest>('joinRequests', { status: 'pending' });
    const answers = await Promise.all([
      world.demo('committee-chen')('membership.decide', { requestId: request.id, decision: 'approve' }),
      world.demo('committee-liu')('membership.decide', { requestId: request.id, decision: 'reject', reason: '该户登记人数已满' }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(failures(answers)).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: 'membership.alreadyDecided' })]);
    const decided = (await world.sqlite.get<JoinRequest>('joinRequests', request.id))!;
    const member = await world.sqlite.get<Member>('members', `${request.communityId}:${request.userId}`);
    expect(member?.status === 'active').toBe(decided.status === 'approved');
  });
});

describe('requestJoin', () => {
  it('keeps one pending request when a newcomer submits five times at once', async () => {
    const [household] = await world.sqlite.find<Household>('households', { communityId: 'c-xingfuli' }, { limit: 1 });
    for (const openid of ['dev:double-tap-1', 'dev:double-tap-2', 'dev:double-tap-3']) {
      const visitor = await readyVisitor(openid, '小双');
      const answers = await Promise.all(Array.from({ length: 5 }, () => visitor('membership.requestJoin', { communityId: 'c-xingfuli', householdId: household.id })));
      expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
      for (const error of failures(answers)) expect(error).toMatchObject({ code: 'CONFLICT', reason: 'membership.requestPending' });
      expect(await world.sqlite.count('joinRequests', { userId: userIdFor(openid), status: 'pending' })).toBe(1);
    }
  });
});

describe('joinWithCode', () => {
  it('makes one membership when a visitor enters two households\' codes at once', async () => {
    const visitor = await readyVisitor('dev:two-cards', '小卡');
    const households = await world.sqlite.find<Household>('households', { communityId: 'c-xingfuli' }, { limit: 2 });
    await Promise.all(households.map((household) => visitor('membership.joinWithCode', { code: household.inviteCode })));
    const members = await world.sqlite.find<Member>('members', { userId: userIdFor('dev:two-cards') });
    expect(members).toHaveLength(1);
    expect(households.map((household) => household.id)).toContain(members[0].householdId);
    expect(dataOf(await visitor('session.me')).membership?.householdId).toBe(members[0].householdId);
  });

  it('leaves one membership marked current, the one the user record names, when a visitor joins two communities at once', async () => {
    for (const openid of ['dev:two-towns-1', 'dev:two-towns-2', 'dev:two-towns-3']) {
      const visitor = await readyVisitor(openid, '小城');
      const homes = await Promise.all(['c-xingfuli', 'c-heping'].map(async (communityId) => (await world.sqlite.find<Household>('households', { communityId }, { limit: 1 }))[0]!));
      const answers = await Promise.all(homes.map((household) => visitor('membership.joinWithCode', { code: household.inviteCode })));
      expect(failures(answers)).toEqual([]);
      const user = (await world.sqlite.get<User>('users', userIdFor(openid)))!;
      const members = await world.sqlite.find<Member>('members', { userId: user.id });
      expect(members).toHaveLength(2);
      expect(members.filter((member) => member.current).map((member) => member.communityId)).toEqual([user.currentCommunityId]);
      expect(dataOf(await visitor('session.me')).membership?.communityId).toBe(user.currentCommunityId);
    }
  });
});

describe('claimRole (grid workers)', () => {
  it('keeps every worker on the grid when three claim codes for it are entered at once', async () => {
    const now = world.clock.now();
    const people = ['dev:new-worker-1', 'dev:new-worker-2', 'dev:new-worker-3'];
    const codes = people.map(() => newClaimCode());
    for (const code of codes) await world.sqlite.insert('roleClaims', roleClaim({ code, communityId: 'c-xingfuli', name: '新网格员', now, gridId: 'g-1' }));
    const before = (await world.sqlite.get<Grid>('grids', 'g-1'))!.workerIds;
    const answers = await Promise.all(people.map((openid, n) => world.as(openid)('membership.claimRole', { code: codes[n]! })));
    expect(failures(answers)).toEqual([]);
    const after = (await world.sqlite.get<Grid>('grids', 'g-1'))!.workerIds;
    expect([...after].sort()).toEqual([...before, ...people.map(userIdFor)].sort());
  });
});

describe('takeCodeTry', () => {
  it('lets twenty guesses sent at once through the daily limit of ten, no more', async () => {
    const guesser = await readyVisitor('dev:burst-guesser', '小猜');
    const answers = await Promise.all(Array.from({ length: 20 }, () => guesser('membership.joinWithCode', { code: 'ZZZZZZ' })));
    const codes = failures(answers).map((error) => error?.code);
    expect(codes.filter((code) => code === 'NOT_FOUND')).toHaveLength(CODE_TRIES_PER_DAY);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20 - CODE_TRIES_PER_DAY);
  });
});

describe('rotateHouseholdCode', () => {
  it('leaves exactly one live code when two committee members replace it at once', async () => {
    const [household] = await world.sqlite.find<Household>('households', { communityId: 'c-xingfuli' }, { limit: 1 });
    const answers = await Promise.all(['committee-chen', 'committee-liu'].map((key) => world.demo(key)('households.rotateCode', { householdId: household.id })));
    // Overlapping rotations: one wins and the other is refused; rotations that happen to run one after the other
    // both land. Either way exactly one code stays live, and it is the last one handed out.
    const handedOut = answers.flatMap((answer) => (answer.ok ? [answer.data.code] : []));
    expect(handedOut.length).toBeGreaterThanOrEqual(1);
    for (const error of failures(answers)) expect(error).toMatchObject({ code: 'CONFLICT', reason: 'membership.codeJustChanged' });
    const live = await world.sqlite.find<InviteCodeDoc>('inviteCodes', { householdId: household.id });
    const current = (await world.sqlite.get<Household>('households', household.id))!.inviteCode;
    expect(live.map((entry) => entry.id)).toEqual([current]);
    expect(handedOut).toContain(current);
    expect(live[0].id).not.toBe(household.inviteCode);
  });

  it('admits nobody with the old code once the rotation has landed, however the two interleave', async () => {
    const households = await world.sqlite.find<Household>('households', { communityId: 'c-xingfuli' }, { limit: 5 });
    for (const [n, household] of households.entries()) {
      const visitor = await readyVisitor(`dev:racing-card-${n}`, '小快');
      const [joined] = await Promise.all([
        visitor('membership.joinWithCode', { code: household.inviteCode }),
        world.demo('committee-chen')('households.rotateCode', { householdId: household.id }),
      ]);
      const entry = await world.sqlite.get<InviteCodeDoc>('inviteCodes', household.inviteCode);
      expect(entry).toBeNull();
      if (joined.ok) {
        // Joined before the rotation: the old code's record counted the use before it was removed.
        expect(joined.data.membership?.householdId).toBe(household.id);
      } else {
        expect(joined.error).toMatchObject({ code: 'NOT_FOUND' });
        expect(await world.sqlite.get<Member>('members', `c-xingfuli:${userIdFor(`dev:racing-card-${n}`)}`)).toBeNull();
      }
    }
  });
});

describe('addCredit (subscription messages)', () => {
  it('adds one credit per consent when a person accepts the same template ten times at once', async () => {
    const userId = idOf('resident-wang');
    await Promise.all(Array.from({ length: 10 }, () => addCredit(world.ports.store, userId, 'report.resolved')));
    expect((await world.sqlite.get<SubscriptionDoc>('subscriptions', subscriptionId(userId, 'report.resolved')))!.credits).toBe(10);
  });
});

describe('case numbers', () => {
  it('gives thirty cases filed at once thirty different numbers, one after another', async () => {
    const residents = await Promise.all(Array.from({ length: 30 }, (_, n) => fileReport(world, n % 2 ? 'resident-wang' : 'resident-li')));
    const numbers = (await world.sqlite.find<Report>('reports', { id: { $in: residents } })).map((report) => report.caseNo!);
    expect(new Set(numbers).size).toBe(30);
    const sequences = numbers.map((number) => Number(number.split('-')[1])).sort((a, b) => a - b);
    expect(sequences[sequences.length - 1]! - sequences[0]!).toBe(29);
  });
});
