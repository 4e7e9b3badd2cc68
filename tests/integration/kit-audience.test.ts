// The cloud kit's audience helpers over the seeded community: places must be the community's own, and an
// audience's size is the residents or households inside it.
import { audienceNames, audienceSize, checkAudience } from '../../cloud/kit/audience';
import { demoWorld, type DemoWorld } from '../support/demo-world';

let world: DemoWorld;
beforeAll(async () => {
  world = await demoWorld();
});
afterAll(() => world.close());

describe('checkAudience', () => {
  it("accepts the community's own grids and buildings", async () => {
    await expect(checkAudience(world.sqlite, 'c-xingfuli', { level: 'grid', ids: ['g-1', 'g-2', 'g-1'] })).resolves.toEqual({ level: 'grid', ids: ['g-1', 'g-2'] });
    await expect(checkAudience(world.sqlite, 'c-xingfuli', { level: 'building', ids: ['b-3', 'b-3'] })).resolves.toEqual({ level: 'building', ids: ['b-3'] });
  });

  it.each([
    ['a grid of another community', { level: 'grid' as const, ids: ['g-1', 'g-h1'] }],
    ['a building of another community', { level: 'building' as const, ids: ['b-h1'] }],
    ['a grid that does not exist', { level: 'grid' as const, ids: ['g-9'] }],
    ['a grid id given as a building', { level: 'building' as const, ids: ['g-1'] }],
  ])('refuses %s on the audience field', async (_case, audience) => {
    await expect(checkAudience(world.sqlite, 'c-xingfuli', audience)).rejects.toMatchObject({ code: 'INVALID_INPUT', extra: { fields: { audience: 'scope.unknownPlace' } } });
  });
});

describe('audienceSize', () => {
  it('counts the register households of the audience', async () => {
    expect(await audienceSize(world.sqlite, 'c-xingfuli', { level: 'community' }, 'household')).toBe(40);
    expect(await audienceSize(world.sqlite, 'c-xingfuli', { level: 'building', ids: ['b-3', 'b-5'] }, 'household')).toBe(10);
    expect(await audienceSize(world.sqlite, 'c-xingfuli', { level: 'grid', ids: ['g-3'] }, 'household')).toBe(10);
  });

  it('counts active residents, not staff, inside the audience', async () => {
    const everyone = await world.sqlite.count('members', { communityId: 'c-xingfuli', status: 'active' });
    const residents = await audienceSize(world.sqlite, 'c-xingfuli', { level: 'community' }, 'person');
    expect(residents).toBe(29);
    expect(everyone).toBeGreaterThan(residents);
    expect(await audienceSize(world.sqlite, 'c-heping', { level: 'community' }, 'person')).toBe(1);
  });
});

describe('audienceNames', () => {
  it('names the places, and nothing for the whole community', async () => {
    expect(await audienceNames(world.sqlite, { level: 'grid', ids: ['g-2', 'g-1'] })).toEqual(['第二网格', '第一网格']);
    expect(await audienceNames(world.sqlite, { level: 'building', ids: ['b-3'] })).toEqual(['3栋']);
    expect(await audienceNames(world.sqlite, { level: 'community' })).toEqual([]);
  });
});
