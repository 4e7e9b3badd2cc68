// The role × action table of docs/roles.md is the rule: it lists every action of the catalogue once, agrees with
// the roles the catalogue declares, and holds when every action is called as every role through the dispatcher
// over the demo community; records of another community answer NOT_FOUND to those allowed to call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerTable } from '../../cloud/handlers';
import { unitIdOf } from '../../cloud/handlers/register/ids';
import { actions, type ActionInput, type ActionName } from '../../src/domain/actions';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import type { JoinRequest } from '../../src/domain/membership/types';
import type { ActorRole } from '../../src/domain/roles';
import { demoWorld, type DemoWorld } from '../support/demo-world';

const ROLES: readonly ActorRole[] = ['guest', 'resident', 'grid_worker', 'committee', 'street'];

/** The rows of the doc's table: action → the roles ticked in it. */
function documentedTable(): Map<string, Set<ActorRole>> {
  const text = readFileSync(join(__dirname, '../../docs/roles.md'), 'utf8');
  const lines = text.split('\n').filter((line) => line.startsWith('| `'));
  const header = text.split('\n').find((line) => line.startsWith('| action |'))!;
  const columns = header.split('|').slice(1, -1).map((cell) => cell.trim());
  expect(columns.slice(1, 1 + ROLES.length)).toEqual([...ROLES]);
  const table = new Map<string, Set<ActorRole>>();
  for (const line of lines) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const name = cells[0].replace(/`/g, '');
    expect(table.has(name)).toBe(false);
    table.set(name, new Set(ROLES.filter((_, index) => cells[1 + index] === '✓')));
  }
  return table;
}

const table = documentedTable();
const catalogue = Object.keys(actions) as ActionName[];

/** One person of each role in the demo, by openid. */
const PEOPLE: Record<ActorRole, string> = {
  guest: 'dev:roles-guest',
  resident: 'demo:resident-wang',
  grid_worker: 'demo:worker-g2',
  committee: 'demo:committee-chen',
  street: 'demo:street-officer',
};

const XINGFULI_REPORT = 'r-demo-02';
const XINGFULI_DRIVE = 'd-demo-cleanup';
const XINGFULI_HOUSEHOLD = 'h-5-2-501';
const XINGFULI_TOPIC = 't-demo-lights';
const XINGFULI_VOTE = 'v-demo-lockers';
const XINGFULI_UNIT = unitIdOf('c-xingfuli', 'b-5', '2', '501');
const XINGFULI_POLL = 'p-satisfaction-2026';
const XINGFULI_NOTICE = 'nt-demo-sorting';
const XINGFULI_TREE = 't_c-xingfuli_XFL-030';
const XINGFULI_PLEDGE = 'pl-demo-sorting';

/** A valid input for every action, naming records of 幸福里社区; the compiler insists on one per action. */
const SAMPLE: { [A in ActionName]: ActionInput<A> } = {
  'files.register': { fileId: 'f_missing' },
  'session.me': {},
  'privacy.consent': { version: CONSENT_VERSION },
  'profile.update': { nickname: '试用' },
  'communities.list': {},
  'households.list': { communityId: 'c-xingfuli' },
  'households.codes': {},
  'households.rotateCode': { householdId: XINGFULI_HOUSEHOLD },
  'membership.requestJoin': { communityId: 'c-xingfuli', householdId: XINGFULI_HOUSEHOLD },
  'membership.joinWithCode': { code: 'ZZZZZZ' },
  'membership.claimRole': { code: 'ABCDEFGHJKLMNPQR' },
  'membership.pendingRequests': {},
  'membership.decide': { requestId: 'filled-in-below', decision: 'approve' },
  'inbox.list': {},
  'inbox.markRead': { all: true },
  'notifications.templates': {},
  'notifications.subscribe': { accepted: [] },
  'drives.publish': { title: '卫生死角大清除', kind: 'cleanup', startsAt: Date.parse('2026-12-12T09:00:00+08:00'), endsAt: Date.parse('2026-12-12T11:00:00+08:00'), place: { lat: 30.66, lng: 104.0815, address: '5栋后院' }, capacity: 8 },
  'drives.list': {},
  'drives.detail': { driveId: XINGFULI_DRIVE },
  'drives.signUp': { driveId: XINGFULI_DRIVE, taskKey: 't1' },
  'drives.cancel': { driveId: XINGFULI_DRIVE },
  'drives.checkIn': { by: 'code', driveId: XINGFULI_DRIVE, code: '123456' },
  'drives.checkOut': { by: 'code', driveId: XINGFULI_DRIVE, code: '123456' },
  'drives.checkInCode': { driveId: XINGFULI_DRIVE },
  'drives.proxyCheckIn': { who: 'walkIn', driveId: XINGFULI_DRIVE, name: '5栋 李奶奶' },
  'drives.proxyCheckOut': { driveId: XINGFULI_DRIVE, signupId: `${XINGFULI_DRIVE}:x` },
  'drives.attendance': { driveId: XINGFULI_DRIVE },
  'drives.confirmHours': { driveId: XINGFULI_DRIVE },
  'drives.sheet': { driveId: XINGFULI_DRIVE },
  'drives.openCases': {},
  'drives.profile': {},
  'drives.certificate': {},
  'drives.captains': {},
  'drives.grantCaptain': { userId: 'u_missing', team: '第二网格志愿队' },
  'drives.revokeCaptain': { userId: 'u_missing' },
  'polls.create': { title: '调查', questions: [{ kind: 'rating', title: '保洁' }], audience: { level: 'community' }, closesAt: Date.parse('2027-01-01T00:00:00+08:00') },
  'polls.update': { pollId: XINGFULI_POLL, title: '调查', questions: [{ kind: 'rating', title: '保洁' }], audience: { level: 'community' }, closesAt: Date.parse('2027-01-01T00:00:00+08:00') },
  'polls.list': {},
  'polls.pending': {},
  'polls.detail': { pollId: XINGFULI_POLL },
  'polls.respond': { pollId: XINGFULI_POLL, answers: { q1: 5 } },
  'polls.results': { pollId: XINGFULI_POLL },
  'polls.exportCsv': { pollId: XINGFULI_POLL },
  'polls.close': { pollId: XINGFULI_POLL },
  'reports.map': {},
  'reports.nearby': { category: 'clutter', lat: 30.66, lng: 104.0815 },
  'reports.create': { category: 'clutter', description: '楼道堆物', photoIds: ['f_missing'], lat: 30.66, lng: 104.0815, address: '5栋东侧' },
  'reports.createOnBehalf': { category: 'clutter', description: '楼道堆物', photoIds: ['f_missing'], lat: 30.66, lng: 104.0815, address: '5栋东侧', onBehalfOf: '5栋 李奶奶' },
  'reports.support': { reportId: XINGFULI_REPORT },
  'reports.mine': {},
  'reports.detail': { reportId: XINGFULI_REPORT },
  'reports.publicList': {},
  'reports.queue': {},
  'reports.accept': { reportId: XINGFULI_REPORT },
  'reports.start': { reportId: XINGFULI_REPORT },
  'reports.escalate': { reportId: XINGFULI_REPORT, reason: '需要上级协调' },
  'reports.resolve': { reportId: XINGFULI_REPORT, afterPhotoIds: ['f_missing'], note: '已处理' },
  'reports.verify': { reportId: XINGFULI_REPORT, decision: 'confirm' },
  'reports.reopen': { reportId: XINGFULI_REPORT, description: '又出现了' },
  'reports.adminList': {},
  'reports.reassign': { reportId: XINGFULI_REPORT, gridId: 'g-3' },
  'reports.markDuplicate': { reportId: XINGFULI_REPORT, duplicateOf: 'r-demo-03' },
  'reports.hide': { reportId: XINGFULI_REPORT, hidden: true, reason: '含不当内容' },
  'places.tree': {},
  'notices.publish': { category: 'notice', title: '通知', body: '本周六停水', audience: { level: 'community' } },
  'notices.edit': { noticeId: XINGFULI_NOTICE, version: 1, title: '垃圾分类指南', body: '四分类' },
  'notices.withdraw': { noticeId: XINGFULI_NOTICE },
  'notices.feed': {},
  'notices.list': {},
  'notices.detail': { noticeId: XINGFULI_NOTICE },
  'notices.readStats': { noticeId: XINGFULI_NOTICE },
  'notices.unreadHouseholds': { noticeId: XINGFULI_NOTICE, buildingId: 'b-3' },
  'councils.settings': {},
  'councils.updateSettings': { supportNeeded: 3, supportDays: 14 },
  'topics.list': {},
  'topics.detail': { topicId: XINGFULI_TOPIC },
  'topics.propose': { title: '5栋加装电梯', description: '建议加装电梯', audience: { level: 'community' } },
  'topics.support': { topicId: XINGFULI_TOPIC },
  'topics.comments': { topicId: XINGFULI_TOPIC },
  'topics.comment': { topicId: XINGFULI_TOPIC, text: '支持' },
  'topics.putOnAgenda': { topicId: XINGFULI_TOPIC },
  'topics.merge': { topicId: XINGFULI_TOPIC, into: 't-demo-lockers' },
  'topics.decline': { topicId: XINGFULI_TOPIC, reason: '不属于社区事务' },
  'topics.scheduleMeeting': { topicId: XINGFULI_TOPIC, at: Date.parse('2026-11-25T19:00:00+08:00'), place: '社区议事园', audience: { level: 'community' } },
  'topics.publishMinutes': { topicId: XINGFULI_TOPIC, text: '纪要' },
  'topics.reconsider': { topicId: XINGFULI_TOPIC },
  'topics.implement': { topicId: XINGFULI_TOPIC, note: '实施' },
  'topics.accept': { topicId: XINGFULI_TOPIC, text: '已完成' },
  'votes.list': {},
  'votes.detail': { voteId: XINGFULI_VOTE },
  'votes.create': { question: '是否同意', kind: 'yes_no', rule: 'residents_assembly', electorate: { kind: 'residents', audience: { level: 'community' } }, closesAt: Date.parse('2026-11-25T18:00:00+08:00') },
  'votes.update': { voteId: XINGFULI_VOTE, question: '是否同意', kind: 'yes_no', rule: 'residents_assembly', electorate: { kind: 'residents', audience: { level: 'community' } }, closesAt: Date.parse('2026-11-25T18:00:00+08:00') },
  'votes.cast': { voteId: XINGFULI_VOTE, choice: ['yes'] },
  'votes.castPaper': { voteId: XINGFULI_VOTE, voterKey: `h:${XINGFULI_HOUSEHOLD}`, choice: ['yes'], channel: 'door' },
  'votes.electors': { voteId: XINGFULI_VOTE },
  'votes.tallyFile': { voteId: XINGFULI_VOTE },
  'register.units': {},
  'register.saveUnit': { buildingId: 'b-5', unit: '2', room: '701', area: '89.56', ownerName: '试用' },
  'register.removeUnit': { unitId: XINGFULI_UNIT },
  'register.import': { format: 'csv', content: '楼栋,单元,房号,面积,业主\n5栋,2,701,89.56,试用' },
  'register.candidates': { unitId: XINGFULI_UNIT },
  'register.bind': { unitId: XINGFULI_UNIT, userId: 'u_nobody' },
  'register.unbind': { unitId: XINGFULI_UNIT, userId: 'u_nobody' },
  'pledges.list': {},
  'pledges.detail': { pledgeId: XINGFULI_PLEDGE },
  'pledges.wall': { pledgeId: XINGFULI_PLEDGE },
  'pledges.sign': { pledgeId: XINGFULI_PLEDGE },
  'pledges.signShop': { pledgeId: 'pl-demo-shopfront', shopId: 'shop-demo-1', phone: '13800000009', zone: [[104.0803, 30.6586], [104.0807, 30.6586], [104.0807, 30.6589]] },
  'pledges.withdraw': { pledgeId: XINGFULI_PLEDGE },
  'pledges.card': { pledgeId: XINGFULI_PLEDGE },
  'pledges.shops': {},
  'pledges.publish': { kind: 'dogs', title: '文明养犬', clauses: ['出门牵绳'], term: '2027 年度', audience: 'residents', target: 100 },
  'pledges.close': { pledgeId: XINGFULI_PLEDGE },
  'pledges.registerShop': { name: '花店', address: '幸福路30号', ownerName: '钟姐', phone: '13900000030', lat: 30.65875, lng: 104.0828 },
  'trees.inView': { minLat: 30.658, maxLat: 30.664, minLng: 104.077, maxLng: 104.083 },
  'trees.detail': { treeId: XINGFULI_TREE },
  'trees.careLogs': { treeId: XINGFULI_TREE },
  'trees.mine': {},
  'trees.adopt': { treeId: XINGFULI_TREE },
  'trees.renew': { adoptionId: 'a-demo-zhao' },
  'trees.endAdoption': { adoptionId: 'a-demo-zhao' },
  'trees.logCare': { treeId: XINGFULI_TREE, act: 'sickness', photoIds: ['f_missing'] },
  'trees.certificate': { adoptionId: 'a-demo-zhao' },
  'trees.pendingCare': {},
  'trees.verifyCare': { logId: 'cl-demo-4', verified: true },
  'trees.attention': {},
  'trees.add': { code: 'XFL-900', species: 'camphor', lat: 30.66, lng: 104.0815, spot: '5栋东侧' },
  'trees.update': { treeId: XINGFULI_TREE, spot: '6栋北侧路口' },
  'trees.import': { csv: 'code,species,lat,lng,spot\n' },
  'trees.addBelt': { name: '5栋绿化带', polygon: [[104.081, 30.6598], [104.0815, 30.6598], [104.0815, 30.6602]] },
};

describe('docs/roles.md', () => {
  it('lists every action of the catalogue exactly once, and nothing else', () => {
    expect([...table.keys()].sort()).toEqual([...catalogue].sort());
  });

  it('ticks exactly the roles the catalogue allows', () => {
    for (const name of catalogue) expect({ name, roles: [...table.get(name)!].sort() }).toEqual({ name, roles: [...actions[name].roles].sort() });
  });

  it('gives join requests and invite codes to the committee alone, not to the street office', () => {
    for (const name of ['membership.pendingRequests', 'membership.decide', 'households.codes', 'households.rotateCode']) {
      expect([...table.get(name)!]).toEqual(['committee']);
    }
  });
});

describe('every action × every role through the dispatcher', () => {
  let world: DemoWorld;
  const reached: string[] = [];
  // Handlers that only record being reached: the dispatcher's gate is what is under test here.
  const recording = Object.fromEntries(
    catalogue.map((name) => [
      name,
      async (_input: unknown, ctx: { actor: { role: ActorRole } }) => {
        reached.push(`${name}|${ctx.actor.role}`);
        return null;
      },
    ]),
  ) as unknown as HandlerTable;

  beforeAll(async () => {
    world = await demoWorld({ handlers: recording });
  });
  afterAll(() => world.close());

  it.each(catalogue)('%s answers its handler for the ticked roles and FORBIDDEN for the others', async (name) => {
    for (const role of ROLES) {
      reached.length = 0;
      const answer = await world.as(PEOPLE[role])(name, SAMPLE[name] as never);
      const allowed = table.get(name)!.has(role);
      expect({ role, reached: reached.length === 1 && reached[0] === `${name}|${role}` }).toEqual({ role, reached: allowed });
      if (!allowed) expect({ role, answer }).toMatchObject({ role, answer: { ok: false, error: { code: 'FORBIDDEN' } } });
    }
  });
});

describe('scope: another community is out of reach of those allowed to call', () => {
  let world: DemoWorld;
  beforeAll(async () => {
    world = await demoWorld();
  });
  afterAll(() => world.close());

  /** Actions that name one 幸福里 record, and what 和平社区's people get for it. */
  const SCOPED = (Object.entries(SAMPLE) as Array<[ActionName, Record<string, unknown>]>).filter(
    ([, input]) =>
      ['reportId', 'requestId', 'householdId', 'pollId', 'noticeId', 'topicId', 'voteId', 'unitId', 'driveId', 'treeId', 'adoptionId', 'logId', 'pledgeId', 'shopId'].some((key) => key in input),
  );

  it.each(SCOPED.map(([name]) => name))('%s answers NOT_FOUND or FORBIDDEN to 和平社区 and changes nothing', async (name) => {
    const [pending] = await world.sqlite.find<JoinRequest>('joinRequests', { communityId: 'c-xingfuli', status: 'pending' }, { limit: 1 });
    const input = name === 'membership.decide' ? { ...SAMPLE[name], requestId: pending.id } : SAMPLE[name];
    const snapshot = async () =>
      JSON.stringify(await Promise.all(['reports', 'topics', 'votes', 'propertyUnits', 'ownerBindings'].map((collection) => world.sqlite.find(collection, { communityId: 'c-xingfuli' }, { orderBy: [['id', 'asc']] }))));
    const before = await snapshot();
    for (const key of ['heping-resident', 'heping-committee']) {
      const answer = await world.demo(key)(name, input as never);
      if (answer.ok) {
        // Only joining is open across communities: a newcomer may ask any community.
        expect(name).toBe('membership.requestJoin');
        continue;
      }
      expect(['NOT_FOUND', 'FORBIDDEN', 'CONFLICT']).toContain(answer.error.code);
      if (answer.error.code === 'FORBIDDEN') expect(table.get(name)!.has(key === 'heping-committee' ? 'committee' : 'resident')).toBe(false);
    }
    expect(await snapshot()).toBe(before);
    expect((await world.sqlite.get<JoinRequest>('joinRequests', pending.id))!.status).toBe('pending');
  });

  it('lets the street office decide no join request of its own street', async () => {
    const [pending] = await world.sqlite.find<JoinRequest>('joinRequests', { communityId: 'c-xingfuli', status: 'pending' }, { limit: 1 });
    expect(await world.demo('street-officer')('membership.decide', { requestId: pending.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await world.demo('street-officer')('membership.pendingRequests')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await world.sqlite.get<JoinRequest>('joinRequests', pending.id))!.status).toBe('pending');
  });
});
