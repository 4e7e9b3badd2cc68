// 居民议事 through the dispatcher: a resident's topic gathers N supporters within D days and reaches the agenda,
// is deliberated (comments, an official reply, a meeting, minutes), resolved by a vote and carried out, every step
// on its timeline; the committee can also put it on the agenda, merge or decline it.
import { renderNote } from '../../src/domain/messages';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { addNeighbours, createVote, DAY_MS, errorOf, HOUR_MS, propose } from './councils-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
  dataOf(await world.demo('committee-chen')('councils.updateSettings', { supportNeeded: 3, supportDays: 14 }));
});
afterEach(() => world.close());

const committee = () => world.demo('committee-chen');
const detail = async (topicId: string, key = 'resident-wang') => dataOf(await world.demo(key)('topics.detail', { topicId }));
const inboxKinds = async (key: string) => dataOf(await world.demo(key)('inbox.list')).items.map((item) => item.kind);

describe('topics.support (附议)', () => {
  it('brings a topic to the agenda when the N-th neighbour supports it, and tells the committee and the proposer', async () => {
    const topicId = await propose(world, 'resident-wang');
    const neighbours = await addNeighbours(world, 3);
    expect(await detail(topicId)).toMatchObject({ status: 'proposal', supportNeeded: 3, supportUntil: world.clock.now() + 14 * DAY_MS });

    expect(dataOf(await world.as(neighbours[0]!)('topics.support', { topicId }))).toEqual({ supportCount: 1, status: 'proposal' });
    expect(dataOf(await world.as(neighbours[1]!)('topics.support', { topicId }))).toEqual({ supportCount: 2, status: 'proposal' });
    expect(dataOf(await world.as(neighbours[2]!)('topics.support', { topicId }))).toEqual({ supportCount: 3, status: 'deliberation' });

    const topic = await detail(topicId);
    expect(topic.timeline.map((entry) => entry.kind)).toEqual(['proposed', 'reachedAgenda']);
    expect(renderNote(topic.timeline[1]!.note!, 'zh')).toBe('附议人数达到3人，列入议程');
    expect(await inboxKinds('committee-chen')).toContain('council.reachedAgenda');
    expect(await inboxKinds('resident-wang')).toContain('council.onAgenda');
  });

  it('counts each neighbour once and never the proposer', async () => {
    const topicId = await propose(world, 'resident-wang');
    const [neighbour] = await addNeighbours(world, 1);
    dataOf(await world.as(neighbour!)('topics.support', { topicId }));
    expect(errorOf(await world.as(neighbour!)('topics.support', { topicId }))).toMatchObject({ code: 'CONFLICT', reason: 'council.alreadySupported' });
    expect(errorOf(await world.demo('resident-wang')('topics.support', { topicId }))).toMatchObject({ code: 'FORBIDDEN', reason: 'council.ownSupport' });
    expect((await detail(topicId)).supportCount).toBe(1);
  });

  it('takes support only from those the topic concerns and only within its D days', async () => {
    const topicId = await propose(world, 'resident-wang');
    expect(errorOf(await world.demo('resident-li')('topics.support', { topicId }))).toMatchObject({ code: 'FORBIDDEN', reason: 'council.outsideAudience' });
    const [neighbour] = await addNeighbours(world, 1);
    world.clock.advance(15 * DAY_MS);
    expect(errorOf(await world.as(neighbour!)('topics.support', { topicId }))).toMatchObject({ code: 'CONFLICT', reason: 'council.supportWindowClosed' });
    expect((await detail(topicId)).can.support).toBe(false);
  });

  it('keeps the N and D a topic was proposed under when the committee changes them', async () => {
    const topicId = await propose(world, 'resident-wang');
    dataOf(await committee()('councils.updateSettings', { supportNeeded: 20, supportDays: 30 }));
    expect((await detail(topicId)).supportNeeded).toBe(3);
    expect(dataOf(await world.demo('resident-li')('councils.settings'))).toEqual({
      supportNeeded: 20,
      supportDays: 30,
      place: { building: { id: 'b-4', name: '4栋' }, grid: { id: 'g-2', name: '第二网格' } },
    });
  });
});

describe('proposing', () => {
  it('lets a resident propose for where they live, not for another building', async () => {
    expect(errorOf(await world.demo('resident-li')('topics.propose', { title: '5栋加装电梯', description: '建议加装电梯', audience: { level: 'building', ids: ['b-5'] } }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'council.proposeWhereYouLive',
    });
    expect(errorOf(await world.demo('resident-wang')('topics.propose', { title: 'x', description: 'y', audience: { level: 'building', ids: ['b-h1'] } }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: 'scope.unknownPlace',
    });
  });

  it('refuses text that fails the content check', async () => {
    const refused = await world.demo('resident-wang')('topics.propose', { title: '违禁词测试', description: '内容', audience: { level: 'community' } });
    expect(errorOf(refused)).toMatchObject({ code: 'CONTENT_REJECTED' });
  });

  it('puts a committee topic on the agenda at once', async () => {
    const topicId = await propose(world, 'committee-chen', { title: '小区停车收费标准调整', audience: { level: 'community' } });
    expect(await detail(topicId)).toMatchObject({ status: 'deliberation', byCommittee: true, proposerName: null });
  });

  it('lists every topic of the community by stage, and none of another community', async () => {
    const collecting = await propose(world, 'resident-wang');
    const agenda = await propose(world, 'committee-chen', { title: '社区花园认养', audience: { level: 'community' } });
    const all = dataOf(await world.demo('resident-li')('topics.list', {})).items.map((item) => item.id);
    expect(all).toEqual(expect.arrayContaining([collecting, agenda]));
    const collectingIds = dataOf(await world.demo('resident-li')('topics.list', { stage: 'collecting' })).items.map((item) => item.id);
    expect(collectingIds).toContain(collecting);
    expect(collectingIds).not.toContain(agenda);
    expect(dataOf(await world.demo('heping-resident')('topics.list', {})).items).toEqual([]);
    expect(errorOf(await world.demo('heping-resident')('topics.detail', { topicId: collecting }))).toMatchObject({ code: 'NOT_FOUND', reason: 'council.notFound' });
    expect(errorOf(await world.demo('heping-committee')('topics.putOnAgenda', { topicId: collecting }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deliberation (议事)', () => {
  it('marks the committee’s replies official and content-checks every comment', async () => {
    const topicId = await propose(world, 'resident-wang');
    dataOf(await world.demo('resident-wang')('topics.comment', { topicId, text: '楼上有三位八十岁以上的老人' }));
    world.clock.advance(60_000);
    dataOf(await committee()('topics.comment', { topicId, text: '居委会将联系街道了解加装电梯补贴政策' }));
    expect(errorOf(await world.demo('resident-wang')('topics.comment', { topicId, text: '违禁词测试' }))).toMatchObject({ code: 'CONTENT_REJECTED' });
    expect(errorOf(await world.demo('resident-li')('topics.comment', { topicId, text: '我也想说' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'council.cannotComment' });

    const comments = dataOf(await world.demo('resident-li')('topics.comments', { topicId })).items;
    expect(comments.map((comment) => [comment.authorName, comment.official])).toEqual([
      ['陈书记', true],
      ['王阿姨', false],
    ]);
  });

  it('invites by scope to a meeting and publishes minutes only after it was held', async () => {
    const topicId = await propose(world, 'resident-wang');
    dataOf(await committee()('topics.putOnAgenda', { topicId, note: '' }));
    const at = world.clock.now() + 2 * HOUR_MS;
    dataOf(await committee()('topics.scheduleMeeting', { topicId, at, place: '社区党群服务中心二楼会议室', audience: { level: 'building', ids: ['b-5'] } }));
    expect(await inboxKinds('resident-wang')).toContain('council.meeting');
    expect(await inboxKinds('resident-li')).not.toContain('council.meeting');

    expect(errorOf(await committee()('topics.publishMinutes', { topicId, text: '与会居民12人，一致同意启动加装电梯意见征集' }))).toMatchObject({ code: 'CONFLICT', reason: 'council.minutesBeforeMeeting' });
    world.clock.advance(3 * HOUR_MS);
    dataOf(await committee()('topics.publishMinutes', { topicId, text: '与会居民12人，一致同意启动加装电梯意见征集' }));
    const topic = await detail(topicId);
    expect(topic.meeting).toMatchObject({ at, place: '社区党群服务中心二楼会议室', places: ['5栋'] });
    expect(topic.minutes).toMatchObject({ text: '与会居民12人，一致同意启动加装电梯意见征集', publishedAt: world.clock.now() });
    expect(topic.timeline.map((entry) => entry.kind)).toEqual(['proposed', 'putOnAgenda', 'meetingScheduled', 'minutesPublished']);
  });
});

describe('the committee’s moves', () => {
  it('declines with a reason published on the topic and sent to the proposer', async () => {
    const topicId = await propose(world, 'resident-wang');
    dataOf(await committee()('topics.decline', { topicId, reason: '该事项属物业服务合同范围，已转物业公司处理' }));
    const topic = await detail(topicId);
    expect(topic).toMatchObject({ status: 'declined', declineReason: '该事项属物业服务合同范围，已转物业公司处理' });
    expect(await inboxKinds('resident-wang')).toContain('council.declined');
    expect(errorOf(await committee()('topics.putOnAgenda', { topicId }))).toMatchObject({ code: 'CONFLICT', reason: 'council.invalidTransition' });
  });

  it('merges a duplicate into the topic still in progress', async () => {
    const original = await propose(world, 'resident-wang');
    const duplicate = await propose(world, 'resident-wang', { title: '给5栋装电梯' });
    expect(errorOf(await committee()('topics.merge', { topicId: duplicate, into: duplicate }))).toMatchObject({ reason: 'council.mergeSelf' });
    dataOf(await committee()('topics.merge', { topicId: duplicate, into: original }));
    expect(await detail(duplicate)).toMatchObject({ status: 'merged', mergedInto: { id: original, title: '5栋加装电梯' } });
  });

  it('carries out only a passed resolution and reconsiders only a failed one, then publishes the result', async () => {
    const topicId = await propose(world, 'committee-chen', { title: '5栋门前增设充电桩', audience: { level: 'building', ids: ['b-5'] } });
    // 5栋 already has five residents in the demo; these six make eleven.
    const voters = await addNeighbours(world, 6);
    const failing = await createVote(world, { topicId });
    dataOf(await world.as(voters[0]!)('votes.cast', { voteId: failing, choice: ['yes'] }));
    expect(errorOf(await committee()('topics.implement', { topicId, note: '年底前完成' }))).toMatchObject({ code: 'CONFLICT', reason: 'council.notResolved' });
    world.clock.advance(DAY_MS);
    expect((await detail(topicId)).resolution?.outcome).toBe('no_quorum');
    expect(errorOf(await committee()('topics.implement', { topicId, note: '年底前完成' }))).toMatchObject({ reason: 'council.notPassed' });

    dataOf(await committee()('topics.reconsider', { topicId, note: '再次征求意见' }));
    const passing = await createVote(world, { topicId });
    for (const key of ['resident-wang']) dataOf(await world.demo(key)('votes.cast', { voteId: passing, choice: ['yes'] }));
    for (const voter of voters) dataOf(await world.as(voter)('votes.cast', { voteId: passing, choice: ['yes'] }));
    world.clock.advance(DAY_MS);
    const resolved = await detail(topicId);
    expect(resolved.resolution).toMatchObject({ outcome: 'passed', result: { outcome: 'passed' } });
    expect(resolved.can).toMatchObject({ implement: false });
    expect((await detail(topicId, 'committee-chen')).can).toMatchObject({ implement: true, reconsider: false });
    expect(errorOf(await committee()('topics.reconsider', { topicId }))).toMatchObject({ reason: 'council.passedNoReconsider' });

    dataOf(await committee()('topics.implement', { topicId, note: '由物业公司安装4个充电桩' }));
    dataOf(await committee()('topics.accept', { topicId, text: '4个充电桩已安装并通电验收' }));
    const done = await detail(topicId);
    expect(done).toMatchObject({ status: 'accepted', result: { text: '4个充电桩已安装并通电验收', publishedAt: world.clock.now() } });
    expect(done.timeline.map((entry) => entry.kind)).toEqual([
      'proposed', 'putOnAgenda', 'voteOpened', 'resolutionPublished', 'reconsidered', 'voteOpened', 'resolutionPublished', 'implementationStarted', 'accepted',
    ]);
  });
});

describe('the seeded demo', () => {
  it('shows 东门增设智能快递柜 accepted with its published resolution, and its tally file recounts to it', async () => {
    const topic = await detail('t-demo-lockers', 'resident-li');
    expect(topic).toMatchObject({ status: 'accepted', resolution: { outcome: 'passed' }, result: { text: expect.stringContaining('智能快递柜') } });
    expect(topic.timeline.map((entry) => entry.kind)).toEqual(['proposed', 'reachedAgenda', 'meetingScheduled', 'minutesPublished', 'voteOpened', 'resolutionPublished', 'implementationStarted', 'accepted']);
    const file = dataOf(await committee()('votes.tallyFile', { voteId: 'v-demo-lockers' }));
    const { tally } = await import('../../src/domain/votes/tally');
    expect(tally(file)).toEqual(topic.resolution!.result);
  });

  it('lets 王阿姨 vote as the owner of 5栋2单元501 and 刘叔 of the same home be told 本户业主已投票', async () => {
    const voteId = await createVote(world, { rule: 'owners_assembly', matter: 'major', electorate: { kind: 'owners', audience: { level: 'building', ids: ['b-5'] }, units: ['2'] } });
    const vote = dataOf(await world.demo('resident-wang')('votes.detail', { voteId }));
    expect(vote).toMatchObject({ electorateSize: 11, me: { status: 'can_vote', voterLabel: '5栋2单元501' } });
    dataOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['yes'] }));
    expect(errorOf(await world.as('seed:owner-liu')('votes.cast', { voteId, choice: ['no'] }))).toMatchObject({ reason: 'vote.ownerVoted' });
  });
});
