// The SQLite Store passes the shared contract on a real file, and keeps what it acknowledged across a reopen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../cloud/adapters/local/sqliteStore';
import { COLLECTIONS } from '../../cloud/ports/collections';
import { withLatency } from '../support/latency-store';
import { CONTRACT_COLLECTIONS, describeStoreContract } from './store-contract';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-sqlite-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStoreContract('SQLite file', async (collections) => {
  const dir = tempDir();
  const store = openSqliteStore({ file: join(dir, 'test.db'), collections });
  return { store, cleanup: () => store.close() };
});

describeStoreContract('SQLite file through 1–3 ms latency', async (collections) => {
  const store = openSqliteStore({ file: join(tempDir(), 'latency.db'), collections });
  return { store: withLatency(store, { seed: 7 }), cleanup: () => store.close() };
});

describe('SQLite store on disk', () => {
  it('keeps acknowledged writes after closing and reopening the file', async () => {
    const file = join(tempDir(), 'reopen.db');
    const first = openSqliteStore({ file, collections: CONTRACT_COLLECTIONS });
    await first.insert('things', { id: 't1', kind: 'tree', rank: 1 });
    await first.transaction(async (tx) => {
      await tx.insert('drives', { id: 'd1', taken: 0 });
      await tx.increment('drives', 'd1', 'taken', 2);
    });
    await first.update('things', 't1', { rank: 2 });
    await first.close();

    const second = openSqliteStore({ file, collections: CONTRACT_COLLECTIONS });
    expect(await second.get('things', 't1')).toEqual({ id: 't1', kind: 'tree', rank: 2 });
    expect(await second.get('drives', 'd1')).toEqual({ id: 'd1', taken: 2 });
    expect(await second.find('things', { kind: 'tree' })).toHaveLength(1);
    await second.close();
  });

  it('runs in WAL mode with full sync so an acknowledged write survives a crash', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'pragmas.db'), collections: CONTRACT_COLLECTIONS });
    const Driver = require('better-sqlite3');
    const probe = new Driver(join(dirs[dirs.length - 1], 'pragmas.db'), { readonly: true });
    expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
    probe.close();
    await store.close();
  });

  it('answers index-backed plans for the product queries', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'plans.db') });
    const plan = store.explain('reports', { communityId: 'c-xingfuli', status: { $in: ['open', 'accepted'] } }, { orderBy: [['createdAt', 'desc']] });
    // Either community index serves it (the planner picks by cost); what matters is that nothing scans the table.
    expect(plan.join('\n')).toMatch(/SEARCH reports USING INDEX reports__communityId_/);
    expect(plan.join('\n')).not.toMatch(/SCAN reports/);
    const members = store.explain('members', { userId: 'u_1', status: 'active' });
    expect(members.join('\n')).toMatch(/USING INDEX members__userId_status/);
    await store.close();
  });

  it('reads records by id through the primary key, even when a community is named beside the ids', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'by-id.db') });
    const plan = store.explain('notices', { communityId: 'c-xingfuli', id: { $in: ['n1', 'n2'] } });
    expect(plan.join('\n')).toMatch(/USING INDEX sqlite_autoindex_notices_1 \(id=\?\)/);
    await store.insert('notices', { id: 'n1', communityId: 'c-xingfuli', pinned: true });
    await store.insert('notices', { id: 'n2', communityId: 'c-heping', pinned: true });
    expect(await store.find('notices', { communityId: 'c-xingfuli', pinned: true, id: { $in: ['n1', 'n2'] } })).toEqual([{ id: 'n1', communityId: 'c-xingfuli', pinned: true }]);
    await store.close();
  });

  it('creates a table and its indexes for every declared collection', async () => {
    const file = join(tempDir(), 'schema.db');
    const store = openSqliteStore({ file });
    await store.close();
    const Driver = require('better-sqlite3');
    const probe = new Driver(file, { readonly: true });
    const names = (probe.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table','index')").all() as Array<{ name: string; type: string }>);
    probe.close();
    for (const [collection, spec] of Object.entries(COLLECTIONS)) {
      expect(names).toContainEqual({ name: collection, type: 'table' });
      for (const fields of spec.indexes) expect(names).toContainEqual({ name: `${collection}__${fields.join('_')}`, type: 'index' });
    }
  });

  it('refuses a collection nobody declared, instead of silently creating it', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'unknown.db'), collections: CONTRACT_COLLECTIONS });
    await expect(store.insert('typos', { id: 'x' })).rejects.toThrow(/unknown collection typos/);
    await store.close();
  });

  it('lets a read made outside a transaction wait for it instead of seeing its uncommitted writes', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'isolation.db'), collections: CONTRACT_COLLECTIONS });
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));
    const failing = store.transaction(async (tx) => {
      await tx.insert('things', { id: 'draft' });
      inside();
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('abort');
    });
    await started;
    const seen = store.get('things', 'draft');
    await expect(failing).rejects.toThrow('abort');
    expect(await seen).toBeNull();
    await store.close();
  });

  it('lets code inside a transaction call the store itself without waiting on its own lock', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'reentrant.db'), collections: CONTRACT_COLLECTIONS });
    const found = await store.transaction(async (tx) => {
      await tx.insert('things', { id: 't1', kind: 'tree' });
      await store.insert('things', { id: 't2', kind: 'tree' });
      return store.count('things', { kind: 'tree' });
    });
    expect(found).toBe(2);
    await expect(
      store.transaction(async () => {
        await store.insert('things', { id: 't3', kind: 'tree' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await store.get('things', 't3')).toBeNull();
    await store.close();
  });

  it('undoes only the inner writes when a nested transaction fails and the caller carries on', async () => {
    const store = openSqliteStore({ file: join(tempDir(), 'nested.db'), collections: CONTRACT_COLLECTIONS });
    await store.transaction(async (tx) => {
      await tx.insert('things', { id: 'outer' });
      await store
        .transaction(async (inner) => {
          await inner.insert('things', { id: 'inner' });
          throw new Error('inner fails');
        })
        .catch(() => undefined);
    });
    expect(await store.get('things', 'outer')).toEqual({ id: 'outer' });
    expect(await store.get('things', 'inner')).toBeNull();
    await store.close();
  });
});

describe('SQLite indexes follow the declared collections', () => {
  it('drops an index of ours the spec no longer declares, on the next open, and keeps one named otherwise', async () => {
    const file = join(tempDir(), 'indexes.db');
    const indexNames = (): string[] => {
      const raw = new Database(file);
      const names = raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'things' AND sql IS NOT NULL`).pluck().all() as string[];
      raw.close();
      return names.sort();
    };
    await openSqliteStore({ file, collections: { things: { indexes: [['kind'], ['rank']], scope: 'global' } } }).close();
    const raw = new Database(file);
    raw.exec(`CREATE INDEX by_hand ON things (json_extract(doc, '$.tag'))`);
    raw.close();
    expect(indexNames()).toEqual(['by_hand', 'things__kind', 'things__rank']);
    await openSqliteStore({ file, collections: { things: { indexes: [['kind']], scope: 'global' } } }).close();
    expect(indexNames()).toEqual(['by_hand', 'things__kind']);
  });
});
