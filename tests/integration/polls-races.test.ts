// One response per voter is held by storage, not by a read before the write: proven with parallel requests
// through a store that answers 1–3 ms late, as CloudBase does.
import { latencyWorld } from '../support/latency-store';
import { dataOf, type DemoWorld } from '../support/demo-world';
import { addResidents, createSurvey, fullAnswers, responsesOf, storedPoll, votersOf } from './polls-world';

let world: DemoWorld;
beforeEach(async () => {
  world = await latencyWorld({ seed: 7 });
});
afterEach(() => world.close());

const answer = (openid: string, pollId: string) => world.as(openid)('polls.respond', { pollId, answers: fullAnswers });

describe('polls.respond under concurrency', () => {
  it('stores exactly one of 200 simultaneous responses from the same person', async () => {
    const id = await createSurvey(world);
    const [openid] = await addResidents(world, 1);
    const envelopes = await Promise.all(Array.from({ length: 200 }, () => answer(openid!, id)));
    expect(envelopes.filter((envelope) => envelope.ok)).toHaveLength(1);
    const refused = envelopes.filter((envelope) => !envelope.ok);
    expect(refused).toHaveLength(199);
    expect(refused.every((envelope) => !envelope.ok && envelope.error.reason === 'poll.alreadyAnswered')).toBe(true);
    expect(await votersOf(world, id)).toHaveLength(1);
    expect(await responsesOf(world, id)).toHaveLength(1);
    expect((await storedPoll(world, id)).responseCount).toBe(1);
  });

  it('stores all 200 responses of 200 people answering at once', async () => {
    const id = await createSurvey(world);
    const openids = await addResidents(world, 200);
    const envelopes = await Promise.all(openids.map((openid) => answer(openid, id)));
    expect(envelopes.filter((envelope) => !envelope.ok)).toEqual([]);
    expect(await votersOf(world, id)).toHaveLength(200);
    expect(await responsesOf(world, id)).toHaveLength(200);
    expect((await storedPoll(world, id)).responseCount).toBe(200);
    expect(dataOf(await world.demo('committee-chen')('polls.results', { pollId: id })).responses).toBe(200);
  });

  it('stores one response for a household whose members all answer at once', async () => {
    const id = await createSurvey(world, { unit: 'household', anonymous: false });
    const family = await addResidents(world, 4, { householdId: 'h-1-1-101', buildingId: 'b-1', gridId: 'g-1' });
    const envelopes = await Promise.all(family.flatMap((openid) => Array.from({ length: 25 }, () => answer(openid, id))));
    expect(envelopes.filter((envelope) => envelope.ok)).toHaveLength(1);
    const reasons = new Set(envelopes.flatMap((envelope) => (envelope.ok ? [] : [envelope.error.reason])));
    expect(reasons).toEqual(new Set(['poll.alreadyAnswered', 'poll.householdAnswered']));
    expect(await responsesOf(world, id)).toHaveLength(1);
  });

  it('keeps the count equal to the stored responses when the committee closes the poll mid-stream', async () => {
    const id = await createSurvey(world);
    const openids = await addResidents(world, 60);
    const close = world.demo('committee-chen')('polls.close', { pollId: id });
    const envelopes = await Promise.all([...openids.slice(0, 30).map((openid) => answer(openid, id)), close, ...openids.slice(30).map((openid) => answer(openid, id))]);
    const accepted = envelopes.filter((envelope) => envelope.ok).length - 1;
    const refused = envelopes.filter((envelope) => !envelope.ok);
    expect(refused.every((envelope) => !envelope.ok && envelope.error.reason === 'poll.closed')).toBe(true);
    expect(accepted + refused.length).toBe(60);
    expect(await responsesOf(world, id)).toHaveLength(accepted);
    expect(await votersOf(world, id)).toHaveLength(accepted);
    expect((await storedPoll(world, id)).responseCount).toBe(accepted);
  });
});
