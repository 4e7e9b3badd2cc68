// One ballot per voter key under a crowd: 1 000 ballots at once from 250 voters (4 each, different choices) store
// exactly 250, and the published count is exactly the choices of the 250 that landed — on SQLite as it answers,
// and again through a store that answers every call 1–3 ms late, as CloudBase does.
import type { Envelope } from '../../src/domain/envelope';
import type { Vote } from '../../src/domain/votes/types';
import { latencyWorld } from '../support/latency-store';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';
import { addNeighbours, createVote, DAY_MS, errorOf } from './councils-world';

const CHOICES = ['yes', 'no', 'abstain', 'yes'] as const;

async function crowdVotes(world: DemoWorld): Promise<void> {
  const voters = await addNeighbours(world, 250, ['b-5', 'b-6'], 'crowd');
  const voteId = await createVote(world, { electorate: { kind: 'residents', audience: { level: 'building', ids: ['b-5', 'b-6'] } } });
  const requests = voters.flatMap((voter) => CHOICES.map((choice) => ({ voter, choice })));
  const answers = await Promise.all(requests.map(({ voter, choice }) => world.as(voter)('votes.cast', { voteId, choice: [choice] }) as Promise<Envelope<unknown>>));

  const landed = requests.filter((_, index) => answers[index]!.ok);
  expect(landed).toHaveLength(250);
  expect(new Set(landed.map((request) => request.voter)).size).toBe(250);
  for (const refused of answers.filter((answer) => !answer.ok)) expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'vote.alreadyVoted' });
  expect(await world.sqlite.count('voteTurnout', { voteId })).toBe(250);
  expect(await world.sqlite.count('voteBallots', { voteId })).toBe(250);
  expect((await world.sqlite.get<Vote>('votes', voteId))!.turnout).toBe(250);

  world.clock.advance(DAY_MS);
  const result = dataOf(await world.demo('committee-chen')('votes.detail', { voteId })).result!;
  const expected = (choice: string) => landed.filter((request) => request.choice === choice).length;
  expect(result.takingPart.voters).toBe(250);
  expect(result.counts).toEqual({ yes: { voters: expected('yes') }, no: { voters: expected('no') }, abstain: { voters: expected('abstain') } });
}

describe('votes.cast under a crowd', () => {
  it('stores exactly 250 of 1 000 parallel ballots from 250 voters, and counts them exactly', async () => {
    const world = await demoWorld();
    try {
      await crowdVotes(world);
    } finally {
      await world.close();
    }
  }, 60_000);

  it('does the same when every store call answers 1–3 ms late', async () => {
    const world = await latencyWorld({ minMs: 1, maxMs: 3, seed: 9 });
    try {
      await crowdVotes(world);
    } finally {
      await world.close();
    }
  }, 120_000);
});
