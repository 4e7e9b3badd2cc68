// 民意调查 through the dispatcher on real SQLite: the committee asks, residents answer once, the count is
// published; who sees what, and what the committee may take away.
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { idOf } from './reports-world';
import { addResidents, createSurvey, DAY, errorOf, fullAnswers, responsesOf, storedPoll, surveyInput, votersOf } from './polls-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await demoWorld();
});
afterEach(() => world.close());

describe('polls.create', () => {
  it('publishes a survey the committee wrote: numbered questions, anonymous and after-close results by default', async () => {
    const id = await createSurvey(world);
    expect(await storedPoll(world, id)).toMatchObject({
      communityId: 'c-xingfuli',
      status: 'open',
      anonymous: true,
      unit: 'person',
      results: 'afterClose',
      opensAt: world.clock.now(),
      responseCount: 0,
      createdBy: idOf('committee-chen'),
    });
    expect((await storedPoll(world, id)).questions.map((question) => question.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(await world.sqlite.find('pollAudience', { pollId: id })).toEqual([expect.objectContaining({ key: 'community' })]);
  });

  it('is for the committee and the street office, not for residents or grid workers', async () => {
    expect(errorOf(await world.demo('resident-wang')('polls.create', surveyInput(world)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.demo('worker-g2')('polls.create', surveyInput(world)))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await world.demo('street-officer')('polls.create', surveyInput(world))).ok).toBe(true);
  });

  it('refuses grids or buildings of another community, and a closing time already past', async () => {
    const committee = world.demo('committee-chen');
    expect(errorOf(await committee('polls.create', surveyInput(world, { audience: { level: 'grid', ids: ['g-1', 'g-h1'] } })))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { audience: 'scope.unknownPlace' },
    });
    expect(errorOf(await committee('polls.create', surveyInput(world, { audience: { level: 'building', ids: ['b-h1'] } })))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(errorOf(await committee('polls.create', surveyInput(world, { closesAt: world.clock.now() - 1 })))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { closesAt: 'poll.closesInPast' },
    });
  });

  it('checks questions with the shared schema: two options at least, no more choices than options', async () => {
    const committee = world.demo('committee-chen');
    const oneOption = surveyInput(world, { questions: [{ kind: 'single', title: '是否同意？', options: ['同意'] }] });
    expect(errorOf(await committee('polls.create', oneOption))).toMatchObject({ code: 'INVALID_INPUT', fields: { 'questions.0.options': 'poll.twoOptions' } });
    const tooMany = surveyInput(world, { questions: [{ kind: 'multiple', title: '优先项目', options: ['堆物', '绿化'], maxChoices: 3 }] });
    expect(errorOf(await committee('polls.create', tooMany))).toMatchObject({ fields: { 'questions.0.maxChoices': 'poll.maxChoicesAboveOptions' } });
    expect(errorOf(await committee('polls.create', surveyInput(world, { title: '违禁词测试调查' })))).toMatchObject({ code: 'CONTENT_REJECTED' });
  });
});

describe('polls.respond', () => {
  it('takes one answer per person, shows it back, and refuses the second', async () => {
    const id = await createSurvey(world, { anonymous: false });
    const wang = world.demo('resident-wang');
    expect(dataOf(await wang('polls.respond', { pollId: id, answers: fullAnswers }))).toEqual({ status: 'answered', receipt: null });
    expect(errorOf(await wang('polls.respond', { pollId: id, answers: { ...fullAnswers, q1: 1 } }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.alreadyAnswered' });
    const detail = dataOf(await wang('polls.detail', { pollId: id }));
    expect(detail).toMatchObject({ mine: 'answered', myAnswers: fullAnswers, can: { respond: false, seeResults: false } });
    expect((await storedPoll(world, id)).responseCount).toBe(1);
  });

  it('stores an anonymous answer apart from who answered: no user, household or time on it', async () => {
    const id = await createSurvey(world, { unit: 'household' });
    const { receipt } = dataOf(await world.demo('resident-wang')('polls.respond', { pollId: id, answers: fullAnswers }));
    const [response] = await responsesOf(world, id);
    expect(Object.keys(response!).sort()).toEqual(['answers', 'communityId', 'id', 'pollId']);
    expect(JSON.stringify(response)).not.toContain(idOf('resident-wang'));
    expect(JSON.stringify(response)).not.toContain('h-5-2-501');
    const [voter] = await votersOf(world, id);
    expect(voter).toMatchObject({ id: `${id}:h-5-2-501`, userId: idOf('resident-wang') });
    expect(voter).not.toHaveProperty('answers');
    expect(response!.id).toBe(receipt);
    expect(response!.id).not.toContain('h-5-2-501');

    // Only the device that kept the receipt sees the answers again.
    expect(dataOf(await world.demo('resident-wang')('polls.detail', { pollId: id })).myAnswers).toBeNull();
    expect(dataOf(await world.demo('resident-wang')('polls.detail', { pollId: id, receipt: receipt! })).myAnswers).toEqual(fullAnswers);
  });

  it("tells a household's second member that the household already answered", async () => {
    const id = await createSurvey(world, { unit: 'household', anonymous: false });
    const [spouse] = await addResidents(world, 1, { householdId: 'h-5-2-501', buildingId: 'b-5', gridId: 'g-2' });
    dataOf(await world.demo('resident-wang')('polls.respond', { pollId: id, answers: fullAnswers }));
    expect(errorOf(await world.as(spouse!)('polls.respond', { pollId: id, answers: fullAnswers }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.householdAnswered' });
    const seen = dataOf(await world.as(spouse!)('polls.detail', { pollId: id }));
    expect(seen).toMatchObject({ mine: 'householdAnswered', myAnswers: null, can: { respond: false } });
    expect(dataOf(await world.as(spouse!)('polls.pending')).map((poll) => poll.id)).not.toContain(id);
  });

  it('refuses answers that do not fit the questions, naming the question', async () => {
    const id = await createSurvey(world);
    const wang = world.demo('resident-wang');
    expect(errorOf(await wang('polls.respond', { pollId: id, answers: { ...fullAnswers, q1: 6 } }))).toMatchObject({ code: 'INVALID_INPUT', fields: { 'answers.q1': 'poll.rate' } });
    expect(errorOf(await wang('polls.respond', { pollId: id, answers: { q1: 3 } }))).toMatchObject({ fields: { 'answers.q2': 'poll.answerRequired' } });
    expect(errorOf(await wang('polls.respond', { pollId: id, answers: { ...fullAnswers, q3: [0, 1, 2] } }))).toMatchObject({ fields: { 'answers.q3': 'poll.tooManyChoices' } });
    expect(errorOf(await wang('polls.respond', { pollId: id, answers: { ...fullAnswers, q4: '网络赌博' } }))).toMatchObject({ code: 'CONTENT_REJECTED' });
    expect(await votersOf(world, id)).toHaveLength(0);
  });

  it('is for residents: the committee and grid workers follow, they do not answer', async () => {
    const id = await createSurvey(world);
    expect(errorOf(await world.demo('committee-chen')('polls.respond', { pollId: id, answers: fullAnswers }))).toMatchObject({ code: 'FORBIDDEN', reason: 'poll.residentsOnly' });
    expect(errorOf(await world.demo('worker-g1')('polls.respond', { pollId: id, answers: fullAnswers }))).toMatchObject({ reason: 'poll.residentsOnly' });
  });

  it('takes answers only while open: not before the opening, not after the closing time or an early close', async () => {
    const upcoming = await createSurvey(world, { opensAt: world.clock.now() + DAY });
    const wang = world.demo('resident-wang');
    expect(errorOf(await wang('polls.respond', { pollId: upcoming, answers: fullAnswers }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.notOpenYet' });

    const timed = await createSurvey(world, { closesAt: world.clock.now() + DAY });
    world.clock.advance(DAY);
    expect(errorOf(await wang('polls.respond', { pollId: timed, answers: fullAnswers }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.closed' });

    const early = await createSurvey(world, { closesAt: world.clock.now() + DAY });
    dataOf(await world.demo('committee-liu')('polls.close', { pollId: early }));
    expect(errorOf(await wang('polls.respond', { pollId: early, answers: fullAnswers }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.closed' });
  });
});

describe('who sees a poll', () => {
  it('never shows a resident of grid 1 a poll addressed only to grid 2', async () => {
    const id = await createSurvey(world, { audience: { level: 'grid', ids: ['g-2'] } });
    const zhao = world.demo('resident-zhao');
    expect(dataOf(await zhao('polls.list')).items.map((poll) => poll.id)).not.toContain(id);
    expect(dataOf(await zhao('polls.pending')).map((poll) => poll.id)).not.toContain(id);
    expect(errorOf(await zhao('polls.detail', { pollId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await zhao('polls.respond', { pollId: id, answers: fullAnswers }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await zhao('polls.results', { pollId: id }))).toMatchObject({ code: 'NOT_FOUND' });

    const wang = world.demo('resident-wang');
    expect(dataOf(await wang('polls.list')).items.find((poll) => poll.id === id)).toMatchObject({ mine: 'awaiting', phase: 'open' });
    expect(dataOf(await wang('polls.pending')).map((poll) => poll.id)).toContain(id);
    expect(dataOf(await wang('polls.detail', { pollId: id })).audienceNames).toEqual(['第二网格']);
  });

  it('addresses a building poll to that building only', async () => {
    const id = await createSurvey(world, { audience: { level: 'building', ids: ['b-4'] } });
    expect(dataOf(await world.demo('resident-li')('polls.pending')).map((poll) => poll.id)).toContain(id);
    expect(errorOf(await world.demo('resident-wang')('polls.detail', { pollId: id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("answers NOT_FOUND for another community's poll, whatever the caller's role", async () => {
    const id = await createSurvey(world);
    for (const [key, action] of [
      ['heping-resident', 'polls.detail'],
      ['heping-resident', 'polls.results'],
      ['heping-committee', 'polls.close'],
      ['heping-committee', 'polls.exportCsv'],
      ['heping-committee', 'polls.detail'],
    ] as const) {
      expect(errorOf(await world.demo(key)(action, { pollId: id }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(errorOf(await world.demo('heping-resident')('polls.respond', { pollId: id, answers: fullAnswers }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await world.demo('heping-committee')('polls.list')).items.map((poll) => poll.id)).not.toContain(id);
    expect(dataOf(await world.demo('heping-resident')('polls.pending'))).toEqual([]);
  });

  it('lists the pending polls for a resident, and drops one once answered', async () => {
    const id = await createSurvey(world);
    const li = world.demo('resident-li');
    const pending = dataOf(await li('polls.pending'));
    expect(pending.map((poll) => poll.id)).toEqual(expect.arrayContaining([id, 'p-satisfaction-2026', 'p-charging-g2']));
    expect(pending.every((poll) => poll.mine === 'awaiting')).toBe(true);
    dataOf(await li('polls.respond', { pollId: id, answers: fullAnswers }));
    expect(dataOf(await li('polls.pending')).map((poll) => poll.id)).not.toContain(id);
    expect(dataOf(await li('polls.list')).items.find((poll) => poll.id === id)?.mine).toBe('answered');
  });

  it('pages the committee list newest first without repeating a poll', async () => {
    for (let n = 0; n < 22; n += 1) {
      // Two share each millisecond, so the cursor's id tie-break is exercised too.
      if (n % 2 === 0) world.clock.advance(1);
      await createSurvey(world, { title: `调查${n}` });
    }
    const committee = world.demo('committee-chen');
    const first = dataOf(await committee('polls.list'));
    expect(first.items).toHaveLength(20);
    expect(['调查20', '调查21']).toContain(first.items[0]?.title);
    const second = dataOf(await committee('polls.list', { before: first.nextBefore! }));
    const all = [...first.items, ...second.items].map((poll) => poll.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(25);
    expect(second.nextBefore).toBeNull();
  });
});

describe('polls.results', () => {
  it('hides the count from residents until the poll closes, while the committee follows it live', async () => {
    const id = await createSurvey(world, { unit: 'household' });
    dataOf(await world.demo('resident-wang')('polls.respond', { pollId: id, answers: fullAnswers }));
    dataOf(await world.demo('resident-li')('polls.respond', { pollId: id, answers: { q1: 2, q2: 1, q3: [1] } }));
    expect(errorOf(await world.demo('resident-wang')('polls.results', { pollId: id }))).toMatchObject({ code: 'FORBIDDEN', reason: 'poll.resultsAfterClose' });
    expect(dataOf(await world.demo('resident-wang')('polls.list')).items.find((poll) => poll.id === id)?.responseCount).toBeNull();

    const live = dataOf(await world.demo('committee-chen')('polls.results', { pollId: id }));
    expect(live).toMatchObject({ phase: 'open', responses: 2, audienceSize: 40, turnoutPercent: 5, textsIncluded: true });
    expect(live.questions[0]).toMatchObject({ kind: 'rating', average: 3 });
    expect(live.questions[3]).toMatchObject({ kind: 'text', texts: ['垃圾清运能再早一点'] });

    dataOf(await world.demo('committee-chen')('polls.close', { pollId: id }));
    const published = dataOf(await world.demo('resident-zhao')('polls.results', { pollId: id }));
    expect(published).toMatchObject({ phase: 'closed', responses: 2, textsIncluded: false });
    expect(published.questions[1]).toMatchObject({ options: [{ label: '保洁', count: 1, percent: 50 }, { label: '绿化', count: 1, percent: 50 }, { label: '安保', count: 0, percent: 0 }] });
    expect(published.questions[3]).toMatchObject({ kind: 'text', answered: 1, texts: [] });
  });

  it('shows residents the count while open when the committee chose live results', async () => {
    const id = await createSurvey(world, { results: 'live' });
    dataOf(await world.demo('resident-wang')('polls.respond', { pollId: id, answers: fullAnswers }));
    expect(dataOf(await world.demo('resident-li')('polls.results', { pollId: id }))).toMatchObject({ responses: 1, phase: 'open' });
  });

  it('counts turnout against the residents inside the audience for a per-person poll', async () => {
    const id = await createSurvey(world, { audience: { level: 'grid', ids: ['g-2'] } });
    dataOf(await world.demo('resident-wang')('polls.respond', { pollId: id, answers: fullAnswers }));
    const residentsOfGrid2 = await world.sqlite.count('members', { communityId: 'c-xingfuli', status: 'active', role: 'resident', gridId: 'g-2' });
    expect(residentsOfGrid2).toBeGreaterThan(2);
    expect(dataOf(await world.demo('committee-chen')('polls.results', { pollId: id }))).toMatchObject({ responses: 1, audienceSize: residentsOfGrid2 });
  });

  it('publishes the seeded courtyard survey with its count', async () => {
    const results = dataOf(await world.demo('resident-wang')('polls.results', { pollId: 'p-courtyard-2026' }));
    expect(results.phase).toBe('closed');
    expect(results.responses).toBeGreaterThan(20);
    const agree = results.questions[0];
    if (agree?.kind !== 'single') throw new Error('expected a single choice');
    expect(agree.options.reduce((total, option) => total + option.count, 0)).toBe(results.responses);
    expect(dataOf(await world.demo('resident-wang')('polls.detail', { pollId: 'p-courtyard-2026' }))).toMatchObject({ mine: 'answered', myAnswers: expect.any(Object) });
  });
});

describe('polls.close and polls.update', () => {
  it('closes early once; a second close is refused', async () => {
    const id = await createSurvey(world);
    expect(errorOf(await world.demo('resident-wang')('polls.close', { pollId: id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(dataOf(await world.demo('committee-chen')('polls.close', { pollId: id }))).toEqual({ id, phase: 'closed' });
    expect(errorOf(await world.demo('committee-liu')('polls.close', { pollId: id }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.alreadyClosed' });
    expect(await storedPoll(world, id)).toMatchObject({ status: 'closed', closedAt: world.clock.now() });
  });

  it('changes an upcoming poll, audience rows included, and freezes it once it opens', async () => {
    const id = await createSurvey(world, { opensAt: world.clock.now() + DAY, closesAt: world.clock.now() + 3 * DAY });
    const committee = world.demo('committee-chen');
    const changed = surveyInput(world, { title: '改过的标题', audience: { level: 'building', ids: ['b-3'] }, opensAt: world.clock.now() + DAY, closesAt: world.clock.now() + 3 * DAY });
    dataOf(await committee('polls.update', { pollId: id, ...changed }));
    expect(await storedPoll(world, id)).toMatchObject({ title: '改过的标题', audience: { level: 'building', ids: ['b-3'] } });
    expect((await world.sqlite.find<{ id: string; key: string }>('pollAudience', { pollId: id })).map((row) => row.key)).toEqual(['building:b-3']);

    world.clock.advance(DAY);
    expect(errorOf(await committee('polls.update', { pollId: id, ...changed, title: '再改' }))).toMatchObject({ code: 'CONFLICT', reason: 'poll.frozen' });
    expect((await storedPoll(world, id)).title).toBe('改过的标题');
  });
});

describe('polls.exportCsv', () => {
  it('gives the committee a UTF-8 CSV with a byte-order mark and Chinese headers, names for a named poll', async () => {
    const id = await createSurvey(world, { anonymous: false, unit: 'household' });
    dataOf(await world.demo('resident-wang')('polls.respond', { pollId: id, answers: fullAnswers }));
    const { filename, csv } = dataOf(await world.demo('committee-chen')('polls.exportCsv', { pollId: id }));
    expect(filename).toMatch(/^2026年物业服务满意度调查_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[3]).toBe('序号,填写人,住户,提交时间,小区保洁,最希望改进哪一项？,您常用的设施,其他建议');
    expect(lines[4]).toMatch(/^1,王阿姨,5栋2单元501,2026-11-20 09:00,4,保洁,健身器材；充电棚,垃圾清运能再早一点$/);
    expect(csv).not.toContain('13800000001');
  });

  it('leaves names out of an anonymous poll, and is refused to residents', async () => {
    const { csv } = dataOf(await world.demo('committee-chen')('polls.exportCsv', { pollId: 'p-satisfaction-2026' }));
    expect(csv.slice(1).split('\r\n')[3]).toBe('序号,小区保洁（楼道清扫、垃圾清运）,绿化养护,安保巡逻与门岗管理,报修响应速度,您最希望物业优先改进哪一项？,其他意见和建议');
    expect(csv).not.toMatch(/刘大姐|陈叔|杨老师|栋\d单元/);
    expect(errorOf(await world.demo('resident-wang')('polls.exportCsv', { pollId: 'p-satisfaction-2026' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
