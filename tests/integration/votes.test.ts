// 表决 through the dispatcher on real SQLite: settings frozen from the opening, one ballot per voter key, results
// hidden until close, a participant list without choices, paper and online ballots of one voter never both
// counted, and the published result equal to a recount of the downloaded tally file.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../cloud/adapters/local';
import { userIdFor } from '../../cloud/handlers/actor';
import { recordBallot } from '../../cloud/handlers/votes/ballots';
import { settleVotesJob } from '../../cloud/handlers/votes/job';
import { demoOpenid } from '../../cloud/seed/demo';
import { tally } from '../../src/domain/votes/tally';
import { readTallyFile } from '../../src/domain/votes/tallyFile';
import type { Vote, VoteBallot, VoteTurnout } from '../../src/domain/votes/types';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { addNeighbours, bind, createVote, DAY_MS, errorOf, HOUR_MS, importRegister, propose, voteInput } from './councils-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

const stored = async (voteId: string): Promise<Vote> => (await world.sqlite.get<Vote>('votes', voteId))!;
const committee = () => world.demo('committee-chen');

describe('votes.create', () => {
  it('refuses a rule that does not count the chosen electorate, naming the field', async () => {
    const refused = await committee()('votes.create', voteInput(world, { rule: 'owners_assembly', matter: 'major' }));
    expect(errorOf(refused)).toMatchObject({ code: 'INVALID_INPUT', reason: 'vote.electorateMismatch', fields: { electorate: 'vote.electorateMismatch' } });
  });

  it('refuses an owners’ vote without its matter and a simple vote without its shares', async () => {
    await importRegister(world);
    const owners = voteInput(world, { rule: 'owners_assembly', electorate: { kind: 'owners', audience: { level: 'building', ids: ['b-5'] } } });
    expect(errorOf(await committee()('votes.create', owners))).toMatchObject({ reason: 'vote.matterRequired' });
    expect(errorOf(await committee()('votes.create', voteInput(world, { rule: 'simple' })))).toMatchObject({ reason: 'vote.sharesRequired' });
  });

  it('is the committee’s: a resident may not open a vote', async () => {
    expect(errorOf(await world.demo('resident-wang')('votes.create', voteInput(world)))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('freezes the electorate when it opens: a resident who joins later is not in it', async () => {
    const voteId = await createVote(world);
    const [late] = await addNeighbours(world, 1, ['b-5'], 'late');
    expect(errorOf(await world.as(late!)('votes.cast', { voteId, choice: ['yes'] }))).toMatchObject({ code: 'FORBIDDEN', reason: 'vote.notEligible' });
    expect(dataOf(await world.as(late!)('votes.detail', { voteId })).me.status).toBe('not_eligible');
  });
});

describe('another community', () => {
  it('cannot see, vote in or manage this community’s vote: NOT_FOUND', async () => {
    const voteId = await createVote(world);
    for (const [key, action, input] of [
      ['heping-resident', 'votes.detail', { voteId }],
      ['heping-resident', 'votes.cast', { voteId, choice: ['yes'] }],
      ['heping-committee', 'votes.electors', { voteId }],
      ['heping-committee', 'votes.castPaper', { voteId, voterKey: `p:${userIdFor(demoOpenid('resident-wang'))}`, choice: ['no'], channel: 'door' }],
    ] as const) {
      expect(errorOf(await world.demo(key)(action, input as never))).toMatchObject({ code: 'NOT_FOUND', reason: 'vote.notFound' });
    }
  });
});

describe('settings freeze once the vote opens', () => {
  it('lets the committee edit a draft before its opening time, and never after — stored as draft or not', async () => {
    const opensAt = world.clock.now() + HOUR_MS;
    const voteId = await createVote(world, { opensAt, closesAt: opensAt + DAY_MS });
    const edited = voteInput(world, { question: '是否同意在5栋北侧增设充电桩', opensAt, closesAt: opensAt + 2 * DAY_MS });
    expect(dataOf(await committee()('votes.update', { ...edited, voteId })).id).toBe(voteId);
    expect(await stored(voteId)).toMatchObject({ status: 'draft', question: '是否同意在5栋北侧增设充电桩', closesAt: opensAt + 2 * DAY_MS });

    world.clock.advance(HOUR_MS);
    const late = await committee()('votes.update', { ...edited, voteId, question: '改了问题', opensAt: world.clock.now() + HOUR_MS, closesAt: world.clock.now() + DAY_MS });
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'vote.frozen' });
    expect(await stored(voteId)).toMatchObject({ status: 'open', question: '是否同意在5栋北侧增设充电桩' });
  });

  it('refuses an edit whose write arrives after the opening time even if the vote was read as a draft', async () => {
    const opensAt = world.clock.now() + HOUR_MS;
    const voteId = await createVote(world, { opensAt, closesAt: opensAt + DAY_MS });
    world.clock.advance(HOUR_MS);
    // The freeze is the write's own condition: the stored draft whose time has come takes no edit.
    expect(await world.sqlite.update('votes', voteId, { question: 'x' }, { status: 'draft', opensAt: { $gt: world.clock.now() } })).toBe(false);
    expect((await stored(voteId)).status).toBe('draft');
  });
});

describe('one ballot per voter key', () => {
  it('tells a household’s second member 本户已投票, and counts the household once', async () => {
    const [husband] = await addNeighbours(world, 1, ['b-5'], 'husband');
    await world.sqlite.update('members', `c-xingfuli:${userIdFor(husband!)}`, { householdId: 'h-5-2-501', buildingId: 'b-5', gridId: 'g-2' });
    const voteId = await createVote(world, { electorate: { kind: 'households', audience: { level: 'building', ids: ['b-5'] } } });

    expect(dataOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['yes'] }))).toEqual({ voted: true });
    expect(errorOf(await world.as(husband!)('votes.cast', { voteId, choice: ['no'] }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.householdVoted' });
    expect(dataOf(await world.as(husband!)('votes.detail', { voteId })).me).toEqual({ status: 'household_voted', voterLabel: '5栋2单元501' });
    expect(dataOf(await world.demo('resident-wang')('votes.detail', { voteId })).me.status).toBe('voted');
    expect((await stored(voteId)).turnout).toBe(1);
    expect(await world.sqlite.count('voteBallots', { voteId })).toBe(1);
  });

  it('refuses a second ballot from the same person', async () => {
    const voteId = await createVote(world);
    dataOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['yes'] }));
    expect(errorOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['no'] }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.alreadyVoted' });
  });

  it('refuses a choice the vote does not offer', async () => {
    const voteId = await createVote(world);
    expect(errorOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['yes', 'no'] }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'vote.badChoice' });
    expect(errorOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['maybe'] }))).toMatchObject({ code: 'INVALID_INPUT', reason: 'vote.badChoice' });
  });
});

describe('paper ballots (线下表决)', () => {
  it('cannot count a paper and an online ballot of the same voter, in either order', async () => {
    const [first, second] = await addNeighbours(world, 2);
    const voteId = await createVote(world);
    const keyOf = (openid: string) => `p:${userIdFor(openid)}`;

    dataOf(await world.as(first!)('votes.cast', { voteId, choice: ['yes'] }));
    expect(errorOf(await committee()('votes.castPaper', { voteId, voterKey: keyOf(first!), choice: ['no'], channel: 'door' }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.electorVoted' });

    dataOf(await committee()('votes.castPaper', { voteId, voterKey: keyOf(second!), choice: ['no'], channel: 'meeting' }));
    expect(errorOf(await world.as(second!)('votes.cast', { voteId, choice: ['yes'] }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.alreadyVoted' });
    expect(dataOf(await world.as(second!)('votes.detail', { voteId })).me.status).toBe('voted_on_paper');
    expect((await stored(voteId)).turnout).toBe(2);
  });

  it('is only for voters in the electorate, and only by the committee', async () => {
    const voteId = await createVote(world);
    expect(errorOf(await committee()('votes.castPaper', { voteId, voterKey: 'p:u_nobody', choice: ['yes'], channel: 'door' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'vote.electorUnknown' });
    expect(errorOf(await world.demo('resident-wang')('votes.castPaper', { voteId, voterKey: 'p:x', choice: ['yes'], channel: 'door' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('secret ballot', () => {
  it('hides the result until close, then shows it to everyone', async () => {
    const voters = await addNeighbours(world, 4);
    const voteId = await createVote(world);
    for (const [index, voter] of voters.entries()) dataOf(await world.as(voter)('votes.cast', { voteId, choice: [index < 3 ? 'yes' : 'no'] }));

    const during = dataOf(await world.demo('resident-wang')('votes.detail', { voteId }));
    expect(during).toMatchObject({ status: 'open', result: null, turnout: null });
    expect(dataOf(await committee()('votes.detail', { voteId }))).toMatchObject({ result: null, turnout: 4 });

    world.clock.advance(DAY_MS);
    const after = dataOf(await world.demo('resident-wang')('votes.detail', { voteId }));
    expect(after.status).toBe('closed');
    expect(after.result).toMatchObject({ counts: { yes: { voters: 3 }, no: { voters: 1 }, abstain: { voters: 0 } }, takingPart: { voters: 4 } });
  });

  it('lists who took part and how for the committee, never what they chose; residents may not see it', async () => {
    const [voter] = await addNeighbours(world, 1);
    const voteId = await createVote(world);
    dataOf(await world.as(voter!)('votes.cast', { voteId, choice: ['no'] }));
    dataOf(await committee()('votes.castPaper', { voteId, voterKey: `p:${userIdFor(demoOpenid('resident-wang'))}`, choice: ['yes'], channel: 'door' }));

    const page = dataOf(await committee()('votes.electors', { voteId }));
    const took = page.items.filter((row) => row.tookPart);
    expect(took.map((row) => row.channel).sort()).toEqual(['door', 'online']);
    expect(took.find((row) => row.channel === 'door')!.label).toMatch(/^王阿姨 · 5栋2单元501$/);
    expect(JSON.stringify(page)).not.toMatch(/"(yes|no|picks|choice)"/);
    expect(errorOf(await world.demo('resident-wang')('votes.electors', { voteId }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stores who took part and what was chosen with nothing in common: no voter, no time, no shared id', async () => {
    const voters = await addNeighbours(world, 3);
    const voteId = await createVote(world);
    for (const voter of voters) dataOf(await world.as(voter)('votes.cast', { voteId, choice: ['yes'] }));

    const ballots = await world.sqlite.find<VoteBallot>('voteBallots', { voteId });
    const turnouts = await world.sqlite.find<VoteTurnout>('voteTurnout', { voteId });
    for (const ballot of ballots) expect(Object.keys(ballot).sort()).toEqual(['communityId', 'id', 'picks', 'voteId']);
    for (const turnout of turnouts) expect(Object.keys(turnout).sort()).toEqual(['castBy', 'channel', 'communityId', 'id', 'voteId', 'voterKey']);
    const turnoutValues = new Set(turnouts.flatMap((turnout) => [turnout.id, turnout.voterKey, turnout.castBy]));
    for (const ballot of ballots) expect(turnoutValues.has(ballot.id)).toBe(false);
    // Rows keep no insertion order: both tables are stored by id only (WITHOUT ROWID).
    const db = new Database(join(world.dataDir, DATABASE_FILE), { readonly: true });
    const sql = db.prepare("SELECT name, sql FROM sqlite_master WHERE name IN ('voteBallots', 'voteTurnout')").all() as Array<{ sql: string }>;
    db.close();
    expect(sql).toHaveLength(2);
    for (const table of sql) expect(table.sql).toMatch(/WITHOUT ROWID$/);
  });

  it('keeps the voter on a 实名 ballot when the committee chose it before opening', async () => {
    const voteId = await createVote(world, { secret: false });
    dataOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['yes'] }));
    expect(dataOf(await world.demo('resident-wang')('votes.detail', { voteId })).secret).toBe(false);
    const [ballot] = await world.sqlite.find<VoteBallot>('voteBallots', { voteId });
    expect(ballot!.voterKey).toBe(`p:${userIdFor(demoOpenid('resident-wang'))}`);
  });
});

describe('closing', () => {
  it('takes no ballot once its time has passed, even when nobody closed it yet', async () => {
    const voteId = await createVote(world);
    world.clock.advance(DAY_MS);
    expect(errorOf(await world.demo('resident-wang')('votes.cast', { voteId, choice: ['yes'] }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.closed' });

    // The write's own condition refuses a ballot for a vote still stored as open after its close time.
    const other = await createVote(world);
    const vote = await stored(other);
    world.clock.advance(DAY_MS);
    const ctx = { ...world.ports, actor: { userId: userIdFor(demoOpenid('resident-wang')), role: 'resident' as const, gridIds: [], communityId: 'c-xingfuli' } };
    await expect(recordBallot(ctx, vote, { voterKey: `p:${ctx.actor.userId}`, picks: ['yes'], channel: 'online', notEligible: 'vote.notEligible' })).rejects.toMatchObject({ reason: 'vote.closed' });
    expect(await world.sqlite.count('voteTurnout', { voteId: other })).toBe(0);
  });

  it('is closed by the timer job at its time and published on its topic and in the inbox', async () => {
    await world.demo('committee-chen')('councils.updateSettings', { supportNeeded: 1, supportDays: 14 });
    const topicId = await propose(world, 'resident-wang', { title: '5栋门前增设充电桩' });
    const [neighbour] = await addNeighbours(world, 1);
    dataOf(await world.as(neighbour!)('topics.support', { topicId }));
    const voteId = await createVote(world, { topicId });
    expect(dataOf(await world.demo('resident-wang')('topics.detail', { topicId })).status).toBe('resolution');
    dataOf(await world.as(neighbour!)('votes.cast', { voteId, choice: ['yes'] }));

    world.clock.advance(DAY_MS);
    expect(await settleVotesJob.run(world.ports)).toBe(1);
    expect(await settleVotesJob.run(world.ports)).toBe(0);
    const vote = await stored(voteId);
    expect(vote).toMatchObject({ status: 'closed', closedAt: world.clock.now() });
    const topic = dataOf(await world.demo('resident-wang')('topics.detail', { topicId }));
    expect(topic.resolution).toMatchObject({ outcome: vote.result!.outcome, publishedAt: world.clock.now() });
    expect(topic.timeline.map((entry) => entry.kind)).toEqual(['proposed', 'reachedAgenda', 'voteOpened', 'resolutionPublished']);
    const inbox = dataOf(await world.as(neighbour!)('inbox.list'));
    expect(inbox.items.map((item) => item.kind)).toContain('council.votePublished');
  });

  it('publishes a result that the downloaded tally file recounts exactly, with pseudonyms only', async () => {
    const voters = await addNeighbours(world, 6);
    const voteId = await createVote(world);
    for (const [index, voter] of voters.entries()) dataOf(await world.as(voter)('votes.cast', { voteId, choice: [['yes', 'no', 'abstain'][index % 3]!] }));
    expect(errorOf(await committee()('votes.tallyFile', { voteId }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.notClosed' });
    world.clock.advance(DAY_MS);
    const file = dataOf(await committee()('votes.tallyFile', { voteId }));
    const published = (await stored(voteId)).result;
    expect(tally(readTallyFile(JSON.parse(JSON.stringify(file))))).toEqual(published);
    const text = JSON.stringify(file);
    for (const voter of voters) expect(text).not.toContain(userIdFor(voter));
    expect(file.ballots).toHaveLength(6);
  });
});

describe('owners’ votes (业主共同决定)', () => {
  it('counts 5栋2单元 by area and headcount, one owner of two homes once, with paper ballots', async () => {
    await importRegister(world);
    const owners = await addNeighbours(world, 8, ['b-5'], 'owner');
    const rooms = ['101', '201', '202', '301', '401', '402', '501', '601'];
    for (const [index, owner] of owners.entries()) await bind(world, rooms[index]!, owner);
    const voteId = await createVote(world, {
      question: '是否同意5栋2单元加装电梯',
      rule: 'owners_assembly',
      matter: 'major',
      electorate: { kind: 'owners', audience: { level: 'building', ids: ['b-5'] }, units: ['2'] },
    });
    expect((await stored(voteId)).electorateSize).toBe(11);

    // The owner of 301 and 302 votes once for both homes.
    for (const [index, owner] of owners.entries()) dataOf(await world.as(owner)('votes.cast', { voteId, choice: [index === 0 ? 'no' : 'yes'] }));
    const electors = dataOf(await committee()('votes.electors', { voteId })).items;
    const paper = electors.filter((row) => !row.tookPart).slice(0, 2);
    for (const row of paper) dataOf(await committee()('votes.castPaper', { voteId, voterKey: row.voterKey, choice: ['yes'], channel: 'door' }));

    world.clock.advance(DAY_MS);
    const result = dataOf(await world.demo('resident-wang')('votes.detail', { voteId })).result!;
    expect(result.electorate).toEqual({ voters: 12, owners: 11, area: 971.64 });
    expect(result.takingPart.owners).toBe(10);
    expect(result.counts.no).toMatchObject({ owners: 1, area: 89.56 });
    expect(result.outcome).toBe('passed');
    const file = dataOf(await committee()('votes.tallyFile', { voteId }));
    expect(tally(readTallyFile(file))).toEqual(result);
    expect(JSON.stringify(file)).not.toMatch(/张建国|5栋2单元|o:po_/);
  });

  it('tells a co-owner whose owner already voted 本户业主已投票', async () => {
    await importRegister(world);
    const [one, two] = await addNeighbours(world, 2, ['b-5'], 'coowner');
    await bind(world, '601', one!);
    await bind(world, '601', two!);
    const voteId = await createVote(world, { rule: 'owners_assembly', matter: 'ordinary', electorate: { kind: 'owners', audience: { level: 'building', ids: ['b-5'] }, units: ['2'] } });
    dataOf(await world.as(one!)('votes.cast', { voteId, choice: ['yes'] }));
    expect(errorOf(await world.as(two!)('votes.cast', { voteId, choice: ['no'] }))).toMatchObject({ code: 'CONFLICT', reason: 'vote.ownerVoted' });
    expect(errorOf(await world.demo('resident-li')('votes.cast', { voteId, choice: ['no'] }))).toMatchObject({ code: 'FORBIDDEN', reason: 'vote.notEligible' });
  });
});
