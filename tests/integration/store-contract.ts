// The behaviour every Store adapter must share; each adapter's test file runs this suite against it.
import type { CollectionSpec } from '../../cloud/ports/collections';
import { DuplicateIdError, type Doc, type Store } from '../../cloud/ports/store';

/** Collections the contract writes to; an adapter under test must know them. */
export const CONTRACT_COLLECTIONS: Record<string, CollectionSpec> = {
  things: { indexes: [['kind', 'rank'], ['tag']], scope: 'global' },
  drives: { indexes: [], scope: 'global' },
  signups: { indexes: [['driveId']], scope: 'global' },
};

type Thing = Doc & { kind?: string; rank?: number | string; tag?: string | null; done?: boolean | number; nested?: unknown };

export interface StoreUnderTest {
  store: Store;
  cleanup(): Promise<void>;
}

const ids = (docs: Doc[]): string[] => docs.map((doc) => doc.id).sort();
const ordered = (docs: Doc[]): string[] => docs.map((doc) => doc.id);

export function describeStoreContract(name: string, makeStore: (collections: Record<string, CollectionSpec>) => Promise<StoreUnderTest>): void {
  describe(`Store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: Store;

    beforeEach(async () => {
      subject = await makeStore(CONTRACT_COLLECTIONS);
      store = subject.store;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    async function seedThings(): Promise<void> {
      const things: Thing[] = [
        { id: 'a', kind: 'tree', rank: 3, tag: 'x', done: true },
        { id: 'b', kind: 'tree', rank: 1, tag: null, done: false },
        { id: 'c', kind: 'bin', rank: 2, done: 1 },
        { id: 'd', kind: 'lamp', rank: 5, tag: 'y', done: false },
        { id: 'e', kind: 'tree', rank: '4', tag: 'x' },
      ];
      for (const thing of things) await store.insert('things', thing);
    }

    describe('get and insert', () => {
      it('answers null for an id never inserted', async () => {
        expect(await store.get('things', 'nope')).toBeNull();
      });

      it('gives back what was inserted, nested values included', async () => {
        const doc = { id: 't1', kind: 'tree', rank: 1.5, nested: { a: [1, 'two', { b: null }] }, done: false };
        await store.insert('things', doc);
        expect(await store.get('things', 't1')).toEqual(doc);
      });

      it('hands out copies, so changing a returned document changes nothing stored', async () => {
        await store.insert('things', { id: 't1', kind: 'tree' });
        const first = await store.get<Thing>('things', 't1');
        first!.kind = 'changed';
        expect((await store.get<Thing>('things', 't1'))!.kind).toBe('tree');
      });

      it('refuses a second insert of the same id with DuplicateIdError and keeps the first', async () => {
        await store.insert('things', { id: 't1', kind: 'first' });
        const second = store.insert('things', { id: 't1', kind: 'second' });
        await expect(second).rejects.toBeInstanceOf(DuplicateIdError);
        await expect(store.insert('things', { id: 't1', kind: 'third' })).rejects.toMatchObject({ collection: 'things', id: 't1' });
        expect((await store.get<Thing>('things', 't1'))!.kind).toBe('first');
      });

      it('keeps collections apart: the same id may exist in two collections', async () => {
        await store.insert('things', { id: 'same', kind: 'thing' });
        await store.insert('drives', { id: 'same', capacity: 1 });
        expect(await store.get('drives', 'same')).toEqual({ id: 'same', capacity: 1 });
      });
    });

    describe('find with every filter operator', () => {
      beforeEach(seedThings);

      it('matches exact strings and numbers without mixing their types', async () => {
        expect(ids(await store.find('things', { kind: 'tree' }))).toEqual(['a', 'b', 'e']);
        expect(ids(await store.find('things', { rank: 4 }))).toEqual([]);
        expect(ids(await store.find('things', { rank: '4' }))).toEqual(['e']);
      });

      it('matches booleans as booleans, never as the numbers 1 and 0', async () => {
        expect(ids(await store.find('things', { done: true }))).toEqual(['a']);
        expect(ids(await store.find('things', { done: false }))).toEqual(['b', 'd']);
        expect(ids(await store.find('things', { done: 1 }))).toEqual(['c']);
      });

      it('matches null against both a null and a missing field', async () => {
        expect(ids(await store.find('things', { tag: null }))).toEqual(['b', 'c']);
      });

      it('requires every clause to hold', async () => {
        expect(ids(await store.find('things', { kind: 'tree', tag: 'x' }))).toEqual(['a', 'e']);
        expect(ids(await store.find('things', { kind: 'tree', tag: 'x', rank: 3 }))).toEqual(['a']);
      });

      it('$in matches any listed value, including booleans and null, and an empty list matches nothing', async () => {
        expect(ids(await store.find('things', { kind: { $in: ['bin', 'lamp'] } }))).toEqual(['c', 'd']);
        expect(ids(await store.find('things', { tag: { $in: ['y', null] } }))).toEqual(['b', 'c', 'd']);
        expect(ids(await store.find('things', { done: { $in: [true, 1] } }))).toEqual(['a', 'c']);
        expect(ids(await store.find('things', { kind: { $in: [] } }))).toEqual([]);
      });

      it('$ne excludes the value and keeps documents where the field is missing', async () => {
        expect(ids(await store.find('things', { tag: { $ne: 'x' } }))).toEqual(['b', 'c', 'd']);
        expect(ids(await store.find('things', { tag: { $ne: null } }))).toEqual(['a', 'd', 'e']);
        expect(ids(await store.find('things', { done: { $ne: false } }))).toEqual(['a', 'c', 'e']);
        expect(ids(await store.find('things', { done: { $ne: 1 } }))).toEqual(['a', 'b', 'd', 'e']);
      });

      it('$gt, $gte, $lt and $lte compare numbers with numbers only', async () => {
        expect(ids(await store.find('things', { rank: { $gt: 2 } }))).toEqual(['a', 'd']);
        expect(ids(await store.find('things', { rank: { $gte: 2 } }))).toEqual(['a', 'c', 'd']);
        expect(ids(await store.find('things', { rank: { $lt: 3 } }))).toEqual(['b', 'c']);
        expect(ids(await store.find('things', { rank: { $lte: 3 } }))).toEqual(['a', 'b', 'c']);
        expect(ids(await store.find('things', { rank: { $gt: 1, $lt: 5 } }))).toEqual(['a', 'c']);
      });

      it('a numeric range holding 0 or 1 never matches true or false, and a numeric range never matches an object', async () => {
        expect(ids(await store.find('things', { done: { $gte: 0, $lte: 1 } }))).toEqual(['c']);
        expect(ids(await store.find('things', { done: { $gt: 0 } }))).toEqual(['c']);
        await store.insert('things', { id: 'g', rank: { at: 3 } });
        expect(ids(await store.find('things', { rank: { $gte: 2 } }))).toEqual(['a', 'c', 'd']);
        expect(ids(await store.find('things', { rank: { $gt: 2, $lt: 4 } }))).toEqual(['a']);
      });

      it('range operators compare strings with strings', async () => {
        expect(ids(await store.find('things', { kind: { $gte: 'lamp' } }))).toEqual(['a', 'b', 'd', 'e']);
        expect(ids(await store.find('things', { kind: { $gt: 'bin', $lt: 'tree' } }))).toEqual(['d']);
        expect(ids(await store.find('things', { rank: { $gte: '0' } }))).toEqual(['e']);
      });

      it('filters on the id like on any field', async () => {
        expect(ids(await store.find('things', { id: { $in: ['a', 'd', 'zz'] } }))).toEqual(['a', 'd']);
      });

      it('an empty filter finds everything and count agrees with find', async () => {
        expect(ids(await store.find('things', {}))).toEqual(['a', 'b', 'c', 'd', 'e']);
        expect(await store.count('things', {})).toBe(5);
        expect(await store.count('things', { kind: 'tree', rank: { $gte: 1 } })).toBe(2);
      });
    });

    describe('find options', () => {
      beforeEach(async () => {
        const rows: Array<[string, string, number]> = [
          ['p1', 'b', 2],
          ['p2', 'a', 3],
          ['p3', 'b', 1],
          ['p4', 'a', 1],
          ['p5', 'c', 9],
        ];
        for (const [id, kind, rank] of rows) await store.insert('things', { id, kind, rank });
      });

      it('orders ascending and descending', async () => {
        expect(ordered(await store.find('things', {}, { orderBy: [['rank', 'asc']] })).slice(2)).toEqual(['p1', 'p2', 'p5']);
        expect(ordered(await store.find('things', {}, { orderBy: [['rank', 'desc']] })).slice(0, 3)).toEqual(['p5', 'p2', 'p1']);
      });

      it('orders by several fields in turn', async () => {
        const docs = await store.find('things', {}, { orderBy: [['kind', 'asc'], ['rank', 'desc']] });
        expect(ordered(docs)).toEqual(['p2', 'p4', 'p1', 'p3', 'p5']);
      });

      it('pages with limit and skip over the ordered result', async () => {
        const byRank = { orderBy: [['kind', 'asc'], ['rank', 'asc']] as Array<[string, 'asc' | 'desc']> };
        expect(ordered(await store.find('things', {}, { ...byRank, limit: 2 }))).toEqual(['p4', 'p2']);
        expect(ordered(await store.find('things', {}, { ...byRank, limit: 2, skip: 2 }))).toEqual(['p3', 'p1']);
        expect(ordered(await store.find('things', {}, { ...byRank, skip: 4 }))).toEqual(['p5']);
      });

      it('combines a filter with ordering and a limit', async () => {
        const docs = await store.find('things', { kind: { $in: ['a', 'b'] } }, { orderBy: [['rank', 'desc']], limit: 1 });
        expect(ordered(docs)).toEqual(['p2']);
      });
    });

    describe('update', () => {
      beforeEach(async () => {
        await store.insert('things', { id: 't1', kind: 'tree', rank: 1, nested: { a: 1, b: 2 }, tag: 'x' });
      });

      it('merges the patch shallowly: named fields replaced whole, others kept', async () => {
        expect(await store.update('things', 't1', { rank: 2, nested: { a: 9 }, added: [1] })).toBe(true);
        expect(await store.get('things', 't1')).toEqual({ id: 't1', kind: 'tree', rank: 2, nested: { a: 9 }, tag: 'x', added: [1] });
      });

      it('removes a field whose patch value is undefined', async () => {
        await store.update('things', 't1', { tag: undefined });
        expect(await store.get('things', 't1')).not.toHaveProperty('tag');
      });

      it('answers false for an unknown id and creates nothing', async () => {
        expect(await store.update('things', 'missing', { rank: 1 })).toBe(false);
        expect(await store.get('things', 'missing')).toBeNull();
      });

      it('applies only when the condition holds', async () => {
        expect(await store.update('things', 't1', { rank: 5 }, { kind: 'bin' })).toBe(false);
        expect((await store.get<Thing>('things', 't1'))!.rank).toBe(1);
        expect(await store.update('things', 't1', { rank: 5 }, { kind: 'tree', rank: { $lt: 2 } })).toBe(true);
        expect((await store.get<Thing>('things', 't1'))!.rank).toBe(5);
      });
    });

    describe('increment', () => {
      beforeEach(async () => {
        await store.insert('drives', { id: 'd1', taken: 0, capacity: 2 });
      });

      it('adds to a numeric field and treats a missing one as zero', async () => {
        expect(await store.increment('drives', 'd1', 'taken', 1)).toBe(true);
        expect(await store.increment('drives', 'd1', 'visits', 3)).toBe(true);
        expect(await store.increment('drives', 'd1', 'visits', -1)).toBe(true);
        expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 1, capacity: 2, visits: 2 });
      });

      it('applies only when the condition holds', async () => {
        expect(await store.increment('drives', 'd1', 'taken', 1, { taken: { $lt: 2 } })).toBe(true);
        expect(await store.increment('drives', 'd1', 'taken', 1, { taken: { $lt: 2 } })).toBe(true);
        expect(await store.increment('drives', 'd1', 'taken', 1, { taken: { $lt: 2 } })).toBe(false);
        expect((await store.get<Doc & { taken: number }>('drives', 'd1'))!.taken).toBe(2);
      });

      it('answers false for an unknown id', async () => {
        expect(await store.increment('drives', 'nope', 'taken', 1)).toBe(false);
      });
    });

    describe('remove', () => {
      it('deletes by id and answers whether something was there', async () => {
        await store.insert('things', { id: 't1' });
        expect(await store.remove('things', 't1')).toBe(true);
        expect(await store.get('things', 't1')).toBeNull();
        expect(await store.remove('things', 't1')).toBe(false);
      });

      it('frees the id for a later insert', async () => {
        await store.insert('things', { id: 't1', kind: 'old' });
        await store.remove('things', 't1');
        await store.insert('things', { id: 't1', kind: 'new' });
        expect((await store.get<Thing>('things', 't1'))!.kind).toBe('new');
      });
    });

    describe('transaction', () => {
      it('commits every write and answers what fn answered', async () => {
        const result = await store.transaction(async (tx) => {
          await tx.insert('things', { id: 't1', kind: 'tree' });
          await tx.update('things', 't1', { rank: 7 });
          await tx.insert('drives', { id: 'd1', taken: 0 });
          await tx.increment('drives', 'd1', 'taken', 1);
          return (await tx.get<Thing>('things', 't1'))!.rank;
        });
        expect(result).toBe(7);
        expect(await store.get('things', 't1')).toEqual({ id: 't1', kind: 'tree', rank: 7 });
        expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 1 });
      });

      it('rolls back every write when fn throws, and rethrows', async () => {
        await store.insert('drives', { id: 'd1', taken: 0 });
        await store.insert('things', { id: 'keep', kind: 'tree' });
        const failing = store.transaction(async (tx) => {
          await tx.insert('things', { id: 't1', kind: 'tree' });
          await tx.increment('drives', 'd1', 'taken', 1);
          await tx.update('things', 'keep', { kind: 'changed' });
          await tx.remove('things', 'keep');
          throw new Error('changed my mind');
        });
        await expect(failing).rejects.toThrow('changed my mind');
        expect(await store.get('things', 't1')).toBeNull();
        expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 0 });
        expect(await store.get('things', 'keep')).toEqual({ id: 'keep', kind: 'tree' });
      });

      it('rolls back when an insert inside it hits a duplicate id', async () => {
        await store.insert('signups', { id: 'd1:u1', driveId: 'd1' });
        await store.insert('drives', { id: 'd1', taken: 1 });
        const twice = store.transaction(async (tx) => {
          await tx.increment('drives', 'd1', 'taken', 1);
          await tx.insert('signups', { id: 'd1:u1', driveId: 'd1' });
        });
        await expect(twice).rejects.toBeInstanceOf(DuplicateIdError);
        expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 1 });
      });

      it('keeps a write made outside while a failing transaction is in flight', async () => {
        let reachedMiddle!: () => void;
        const middle = new Promise<void>((resolve) => (reachedMiddle = resolve));
        const failing = store.transaction(async (tx) => {
          await tx.insert('things', { id: 'inside', kind: 'tx' });
          reachedMiddle();
          await new Promise((resolve) => setImmediate(resolve));
          throw new Error('abort');
        });
        await middle;
        const outside = store.insert('things', { id: 'outside', kind: 'plain' });
        await expect(failing).rejects.toThrow('abort');
        await outside;
        expect(await store.get('things', 'inside')).toBeNull();
        expect(await store.get('things', 'outside')).toEqual({ id: 'outside', kind: 'plain' });
      });

      it('never lets 50 concurrent signups exceed the capacity', async () => {
        const capacity = 17;
        await store.insert('drives', { id: 'd1', taken: 0, capacity });
        const attempts = Array.from({ length: 50 }, (_, i) =>
          store.transaction(async (tx) => {
            const drive = await tx.get<Doc & { taken: number; capacity: number }>('drives', 'd1');
            if (!drive || drive.taken >= drive.capacity) return false;
            // Yield between read and write, as a real handler awaiting I/O would.
            await new Promise((resolve) => setImmediate(resolve));
            const won = await tx.increment('drives', 'd1', 'taken', 1, { taken: { $lt: drive.capacity } });
            if (!won) return false;
            await tx.insert('signups', { id: `d1:u${i}`, driveId: 'd1' });
            return true;
          }),
        );
        const results = await Promise.all(attempts);
        expect(results.filter(Boolean)).toHaveLength(capacity);
        expect((await store.get<Doc & { taken: number }>('drives', 'd1'))!.taken).toBe(capacity);
        expect(await store.count('signups', { driveId: 'd1' })).toBe(capacity);
      });

      it('loses no write when 20 transactions read, yield and rewrite the same document at once', async () => {
        await store.insert('drives', { id: 'd1', taken: 0 });
        const bump = (): Promise<void> =>
          store.transaction(async (tx) => {
            const drive = await tx.get<Doc & { taken: number }>('drives', 'd1');
            await new Promise((resolve) => setImmediate(resolve));
            // An unconditional write of what was read: only isolation keeps the other 19 from being overwritten.
            await tx.update('drives', 'd1', { taken: drive!.taken + 1 });
          });
        await Promise.all(Array.from({ length: 20 }, bump));
        expect((await store.get<Doc & { taken: number }>('drives', 'd1'))!.taken).toBe(20);
      });

      it('lets only one of 20 racing transactions claim a document whose claim is conditional', async () => {
        await store.insert('things', { id: 'case', kind: 'closed' });
        const claim = (n: number): Promise<boolean> =>
          store.transaction(async (tx) => {
            if (!(await tx.update('things', 'case', { tag: `claim-${n}` }, { tag: null }))) return false;
            await tx.insert('signups', { id: `claim-${n}`, driveId: 'case' });
            return true;
          });
        const results = await Promise.all(Array.from({ length: 20 }, (_, n) => claim(n)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.count('signups', { driveId: 'case' })).toBe(1);
        const winner = (await store.get<Thing>('things', 'case'))!.tag;
        expect(await store.get('signups', winner!)).not.toBeNull();
      });

      it('answers plain calls made while transactions are queued, without nesting them', async () => {
        await store.insert('drives', { id: 'd1', taken: 0 });
        const work = Array.from({ length: 10 }, (_, n) =>
          n % 2
            ? store.transaction(async (tx) => {
                await tx.increment('drives', 'd1', 'taken', 1);
                await tx.insert('things', { id: `tx-${n}` });
              })
            : store.insert('things', { id: `plain-${n}` }),
        );
        await Promise.all(work);
        expect((await store.get<Doc & { taken: number }>('drives', 'd1'))!.taken).toBe(5);
        expect(await store.count('things', {})).toBe(10);
      });
    });
  });
}
