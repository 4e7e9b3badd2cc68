// Community isolation is the dispatcher's job, not each handler's: a community-scoped action's store shows and
// takes only the caller's communities, so even a handler that forgets every check cannot leak another's record.
import { openSqliteStore, type SqliteStore } from '../../cloud/adapters/local/sqliteStore';
import type { HandlerTable } from '../../cloud/handlers';
import { handlers } from '../../cloud/handlers';
import { scopedStore, ScopeViolation } from '../../cloud/kit/scopedStore';
import type { Report } from '../../src/domain/reports/types';
import { dataOf, demoWorld, type DemoWorld } from '../support/demo-world';

describe('scopedStore', () => {
  let base: SqliteStore;
  const scoped = (collection: string) => collection === 'reports';
  beforeEach(async () => {
    base = openSqliteStore({ file: ':memory:' });
    await base.insert('reports', { id: 'mine', communityId: 'c1', status: 'submitted' });
    await base.insert('reports', { id: 'theirs', communityId: 'c2', status: 'submitted' });
    await base.insert('users', { id: 'u1', communityId: 'c2' });
  });
  afterEach(() => base.close());

  it('reads another community’s record as absent and leaves it out of finds and counts', async () => {
    const store = scopedStore(base, scoped, ['c1']);
    expect(await store.get('reports', 'theirs')).toBeNull();
    expect((await store.find('reports', {})).map((doc) => doc.id)).toEqual(['mine']);
    expect(await store.find('reports', { communityId: 'c2' })).toEqual([]);
    expect(await store.count('reports', { communityId: { $in: ['c1', 'c2'] } })).toBe(1);
  });

  it('refuses to write into another community, inside a transaction too', async () => {
    const store = scopedStore(base, scoped, ['c1']);
    await expect(store.insert('reports', { id: 'x', communityId: 'c2' })).rejects.toBeInstanceOf(ScopeViolation);
    await expect(store.transaction((tx) => tx.insert('reports', { id: 'y', communityId: 'c2' }))).rejects.toBeInstanceOf(ScopeViolation);
    expect(await store.update('reports', 'theirs', { status: 'closed' })).toBe(false);
    expect(await store.remove('reports', 'theirs')).toBe(false);
    expect((await base.get<{ id: string; status: string }>('reports', 'theirs'))?.status).toBe('submitted');
  });

  it('lets a street officer see every community of the street', async () => {
    const store = scopedStore(base, scoped, ['c1', 'c2']);
    expect((await store.find('reports', {}, { orderBy: [['id', 'asc']] })).map((doc) => doc.id)).toEqual(['mine', 'theirs']);
  });

  it('leaves collections that are not community-scoped as they are', async () => {
    expect(await scopedStore(base, scoped, ['c1']).get('users', 'u1')).not.toBeNull();
  });
});

describe('the dispatcher confines community actions', () => {
  let world: DemoWorld;
  afterEach(() => world.close());

  it('gives a careless handler nothing of another community, even when it checks nothing itself', async () => {
    const careless: HandlerTable['reports.detail'] = async (input, ctx) => {
      const report = await ctx.store.get<Report>('reports', input.reportId);
      return { id: report?.id ?? 'none' } as never;
    };
    world = await demoWorld({ handlers: { ...handlers, 'reports.detail': careless } });
    const [heping] = await world.ports.store.find<Report>('reports', { communityId: 'c-heping' }, { limit: 1 });
    const [xingfuli] = await world.ports.store.find<Report>('reports', { communityId: 'c-xingfuli' }, { limit: 1 });
    expect(heping && xingfuli).toBeTruthy();
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: heping!.id }))).toEqual({ id: 'none' });
    expect(dataOf(await world.demo('resident-wang')('reports.detail', { reportId: xingfuli!.id }))).toEqual({ id: xingfuli!.id });
  });

  it('refuses community actions to a person who belongs to no community', async () => {
    world = await demoWorld();
    const answer = await world.as('wx:stranger')('reports.publicList', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'common.joinFirst' } });
  });
});
