// The CloudBase adapter speaks db.command: these tests hold a recorder in place of WeChat's command builder.
import {
  applyFindOptions,
  createCloudbaseStore,
  isTransactionConflict,
  matchesFilter,
  translateFilter,
  translatePatch,
  type WxCollection,
  type WxCommand,
  type WxDatabase,
  type WxQuery,
  type WxTransaction,
} from '../../cloud/adapters/wx/cloudbaseStore';
import { DuplicateIdError } from '../../cloud/ports/store';

/** Records every command as `{ cmd, args }` so a translation reads as data. */
const recorder: WxCommand = {
  eq: (value) => ({ cmd: 'eq', args: [value] }),
  neq: (value) => ({ cmd: 'neq', args: [value] }),
  gt: (value) => ({ cmd: 'gt', args: [value] }),
  gte: (value) => ({ cmd: 'gte', args: [value] }),
  lt: (value) => ({ cmd: 'lt', args: [value] }),
  lte: (value) => ({ cmd: 'lte', args: [value] }),
  in: (values) => ({ cmd: 'in', args: [values] }),
  and: (...conditions) => ({ cmd: 'and', args: conditions }),
  inc: (by) => ({ cmd: 'inc', args: [by] }),
  remove: () => ({ cmd: 'remove', args: [] }),
  set: (value) => ({ cmd: 'set', args: [value] }),
};

describe('translateFilter', () => {
  it('keeps exact values as they are and renames id to _id', () => {
    expect(translateFilter({ id: 'r1', communityId: 'c-xingfuli', open: true, rank: 3, gone: null }, recorder)).toEqual({
      _id: 'r1',
      communityId: 'c-xingfuli',
      open: true,
      rank: 3,
      gone: null,
    });
  });

  it('turns each operator into its command', () => {
    expect(
      translateFilter(
        {
          status: { $in: ['open', 'accepted'] },
          gridId: { $ne: 'g-1' },
          a: { $gt: 1 },
          b: { $gte: 2 },
          c: { $lt: 'm' },
          d: { $lte: 4 },
        },
        recorder,
      ),
    ).toEqual({
      status: { cmd: 'in', args: [['open', 'accepted']] },
      gridId: { cmd: 'neq', args: ['g-1'] },
      a: { cmd: 'gt', args: [1] },
      b: { cmd: 'gte', args: [2] },
      c: { cmd: 'lt', args: ['m'] },
      d: { cmd: 'lte', args: [4] },
    });
  });

  it('joins several operators on one field with _.and', () => {
    expect(translateFilter({ lat: { $gte: 30.65, $lte: 30.67 } }, recorder)).toEqual({
      lat: { cmd: 'and', args: [{ cmd: 'gte', args: [30.65] }, { cmd: 'lte', args: [30.67] }] },
    });
  });

  it('refuses an operator it does not know instead of dropping it', () => {
    expect(() => translateFilter({ a: { $regex: 'x' } as never }, recorder)).toThrow(/unknown operator \$regex/);
  });
});

describe('translatePatch', () => {
  it('replaces objects whole with _.set, since CloudBase would deep-merge them', () => {
    expect(translatePatch({ status: 'closed', center: { lat: 1 }, photos: ['a'] }, recorder)).toEqual({
      status: 'closed',
      center: { cmd: 'set', args: [{ lat: 1 }] },
      photos: ['a'],
    });
  });

  it('removes a field whose value is undefined with _.remove', () => {
    expect(translatePatch({ readAt: undefined }, recorder)).toEqual({ readAt: { cmd: 'remove', args: [] } });
  });

  it('refuses to change the id', () => {
    expect(() => translatePatch({ id: 'other' }, recorder)).toThrow(/id/);
  });
});

describe('applyFindOptions', () => {
  it('chains orderBy for each field in turn, then skip and limit', () => {
    const calls: unknown[][] = [];
    const query: WxQuery = new Proxy({} as WxQuery, {
      get: (_target, name) => (...args: unknown[]) => {
        calls.push([name, ...args]);
        return query;
      },
    });
    applyFindOptions(query, { orderBy: [['createdAt', 'desc'], ['id', 'asc']], skip: 20, limit: 10 });
    expect(calls).toEqual([
      ['orderBy', 'createdAt', 'desc'],
      ['orderBy', '_id', 'asc'],
      ['skip', 20],
      ['limit', 10],
    ]);
  });
});

describe('matchesFilter (conditions checked inside transactions)', () => {
  const doc = { id: 'd1', taken: 3, status: 'open', flag: true };

  it('agrees with MongoDB on missing fields, null and types', () => {
    expect(matchesFilter(doc, { gone: null })).toBe(true);
    expect(matchesFilter(doc, { gone: { $ne: 'x' } })).toBe(true);
    expect(matchesFilter(doc, { taken: { $gt: '1' } })).toBe(false);
    expect(matchesFilter(doc, { flag: 1 })).toBe(false);
  });

  it('holds only when every clause holds', () => {
    expect(matchesFilter(doc, { taken: { $lt: 5, $gte: 3 }, status: { $in: ['open'] } })).toBe(true);
    expect(matchesFilter(doc, { taken: { $lt: 3 } })).toBe(false);
    expect(matchesFilter(doc, { status: { $in: [] } })).toBe(false);
  });
});

describe('isTransactionConflict', () => {
  it('knows a conflict by its code and, once wx-server-sdk has wrapped it, by its text', () => {
    expect(isTransactionConflict({ code: 'DATABASE_TRANSACTION_CONFLICT', message: 'database transaction conflict' })).toBe(true);
    expect(isTransactionConflict(new Error('document.update:fail -1 . database transaction conflict: WriteConflict'))).toBe(true);
  });

  it('leaves other failures alone, duplicate ids included', () => {
    expect(isTransactionConflict(new Error('collection.add:fail -502001 database request fail. E11000 duplicate key error'))).toBe(false);
    expect(isTransactionConflict(new Error('changed my mind'))).toBe(false);
  });
});

/** A fake CloudBase database holding documents in memory, recording what the adapter asks of it. */
function fakeDb() {
  const collections = new Map<string, Map<string, Record<string, unknown>>>();
  const log: string[] = [];
  const docsOf = (name: string) => {
    if (!collections.has(name)) collections.set(name, new Map());
    return collections.get(name)!;
  };
  const command: WxCommand = recorder;
  type Cmd = { cmd: string; args: unknown[] };
  const isCmd = (value: unknown): value is Cmd => typeof value === 'object' && value !== null && 'cmd' in value;
  const test = (actual: unknown, condition: unknown): boolean => {
    if (!isCmd(condition)) return condition === null ? actual == null : actual === condition;
    const [arg] = condition.args as [number];
    switch (condition.cmd) {
      case 'lt':
        return typeof actual === typeof arg && (actual as number) < arg;
      case 'gt':
        return typeof actual === typeof arg && (actual as number) > arg;
      case 'in':
        return (arg as unknown as unknown[]).includes(actual);
      case 'neq':
        return actual !== arg;
      case 'and':
        return condition.args.every((inner) => test(actual, inner));
      default:
        throw new Error(`fake does not know ${condition.cmd}`);
    }
  };
  // Answers whether anything changed: CloudBase's stats.updated counts modified documents, not matched ones.
  const applyUpdate = (doc: Record<string, unknown>, data: Record<string, unknown>): boolean => {
    const before = JSON.stringify(doc);
    for (const [field, value] of Object.entries(data)) {
      if (isCmd(value) && value.cmd === 'inc') doc[field] = ((doc[field] as number) ?? 0) + (value.args[0] as number);
      else if (isCmd(value) && value.cmd === 'remove') delete doc[field];
      else if (isCmd(value) && value.cmd === 'set') doc[field] = value.args[0];
      else doc[field] = value;
    }
    return JSON.stringify(doc) !== before;
  };
  const collection = (name: string, inTx: boolean): WxCollection => {
    const query = (where: Record<string, unknown>): WxQuery => {
      const matching = () => [...docsOf(name).values()].filter((doc) => Object.entries(where).every(([f, c]) => test(doc[f], c)));
      const q: WxQuery = {
        where: (next) => query({ ...where, ...next }),
        orderBy: () => q,
        skip: () => q,
        limit: () => q,
        get: async () => ({ data: matching().map((doc) => structuredClone(doc)) }),
        count: async () => ({ total: matching().length }),
        update: async ({ data }) => {
          log.push(`${inTx ? 'tx.' : ''}where.update ${name}`);
          const changed = matching().filter((doc) => applyUpdate(doc, data));
          return { stats: { updated: changed.length } };
        },
      };
      return q;
    };
    return {
      ...query({}),
      doc: (id) => ({
        get: async () => {
          log.push(`${inTx ? 'tx.' : ''}doc.get ${name}/${id}`);
          const doc = docsOf(name).get(id);
          return { data: doc ? structuredClone(doc) : null };
        },
        update: async ({ data }) => {
          log.push(`${inTx ? 'tx.' : ''}doc.update ${name}/${id}`);
          const doc = docsOf(name).get(id);
          return { stats: { updated: doc && applyUpdate(doc, data) ? 1 : 0 } };
        },
        remove: async () => ({ stats: { removed: docsOf(name).delete(id) ? 1 : 0 } }),
      }),
      add: async ({ data }) => {
        const id = data._id as string;
        if (docsOf(name).has(id)) throw new Error(`collection.add:fail -502001 database request fail. E11000 duplicate key error collection: ${name} index: _id_ dup key`);
        docsOf(name).set(id, structuredClone(data));
        return { _id: id };
      },
    };
  };
  const db: WxDatabase = {
    command,
    collection: (name) => collection(name, false),
    async runTransaction<R>(fn: (t: WxTransaction) => Promise<R>) {
      // All-or-nothing like CloudBase: work on a copy, keep it only when fn resolves.
      const snapshot = new Map([...collections].map(([name, docs]) => [name, new Map([...docs].map(([id, doc]) => [id, structuredClone(doc)]))]));
      log.push('runTransaction');
      try {
        return await fn({ collection: (name) => collection(name, true) });
      } catch (error) {
        collections.clear();
        for (const [name, docs] of snapshot) collections.set(name, docs);
        throw error;
      }
    },
  };
  return { db, log, docsOf };
}

describe('createCloudbaseStore over a fake CloudBase', () => {
  it('stores our id as _id and gives it back as id', async () => {
    const { db, docsOf } = fakeDb();
    const store = createCloudbaseStore(db);
    await store.insert('drives', { id: 'd1', taken: 0 });
    expect(docsOf('drives').get('d1')).toEqual({ _id: 'd1', taken: 0 });
    expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 0 });
    expect(await store.get('drives', 'nope')).toBeNull();
  });

  it('turns CloudBase duplicate-key errors into DuplicateIdError', async () => {
    const store = createCloudbaseStore(fakeDb().db);
    await store.insert('drives', { id: 'd1' });
    await expect(store.insert('drives', { id: 'd1' })).rejects.toBeInstanceOf(DuplicateIdError);
  });

  it('makes a conditional increment one where({_id, ...cond}).update judged by stats.updated', async () => {
    const { db, log } = fakeDb();
    const store = createCloudbaseStore(db);
    await store.insert('drives', { id: 'd1', taken: 1 });
    expect(await store.increment('drives', 'd1', 'taken', 1, { taken: { $lt: 2 } })).toBe(true);
    expect(await store.increment('drives', 'd1', 'taken', 1, { taken: { $lt: 2 } })).toBe(false);
    expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 2 });
    expect(log.filter((line) => line.startsWith('where.update'))).toHaveLength(2);
  });

  it('runs a transaction through runTransaction using by-id operations only', async () => {
    const { db, log } = fakeDb();
    const store = createCloudbaseStore(db);
    await store.insert('drives', { id: 'd1', taken: 0, capacity: 1 });
    const signUp = (userId: string) =>
      store.transaction(async (tx) => {
        const won = await tx.increment('drives', 'd1', 'taken', 1, { taken: { $lt: 1 } });
        if (!won) return false;
        await tx.insert('signups', { id: `d1:${userId}`, driveId: 'd1' });
        return true;
      });
    expect(await signUp('u1')).toBe(true);
    expect(await signUp('u2')).toBe(false);
    expect(log).toContain('runTransaction');
    expect(log).toContain('tx.doc.get drives/d1');
    expect(log).toContain('tx.doc.update drives/d1');
    expect(log.some((line) => line.startsWith('tx.where'))).toBe(false);
    expect(await store.get('signups', 'd1:u2')).toBeNull();
  });

  it('rolls a transaction back when an insert in it hits a duplicate id', async () => {
    const store = createCloudbaseStore(fakeDb().db);
    await store.insert('drives', { id: 'd1', taken: 0 });
    await store.insert('signups', { id: 'd1:u1' });
    const twice = store.transaction(async (tx) => {
      await tx.update('drives', 'd1', { taken: 1 });
      await tx.insert('signups', { id: 'd1:u1' });
    });
    await expect(twice).rejects.toBeInstanceOf(DuplicateIdError);
    expect(await store.get('drives', 'd1')).toEqual({ id: 'd1', taken: 0 });
  });

  it('answers true for a patch that held but changed nothing, false when its condition failed', async () => {
    const store = createCloudbaseStore(fakeDb().db);
    await store.insert('reports', { id: 'r1', status: 'closed' });
    expect(await store.update('reports', 'r1', { status: 'closed' }, { status: 'closed' })).toBe(true);
    expect(await store.update('reports', 'r1', { status: 'open' }, { status: 'open' })).toBe(false);
  });
});
