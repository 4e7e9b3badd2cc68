// A community's layout (grids and zones) is read once per stamp: a warm instance files case after case without
// reading it again, and reads it anew as soon as a grid or zone written anywhere has restamped the community.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../cloud/adapters/local/sqliteStore';
import { layoutOf, newLayoutStamp } from '../../cloud/kit/layout';
import { putZone, removeZone, responsibleFor } from '../../cloud/kit/zones';
import type { Store } from '../../cloud/ports';
import type { Community, Grid } from '../../src/domain/membership/types';

const GRID: Grid = { id: 'g-1', communityId: 'c-1', name: '第一网格', polygon: [[104.0, 30.0], [104.01, 30.0], [104.01, 30.01], [104.0, 30.01], [104.0, 30.0]], workerIds: [] };
const SHOPFRONT = { id: 'z-shop', communityId: 'c-1', ownerIds: ['u-shop'], label: '幸福便利店', polygon: [[104.001, 30.001], [104.002, 30.001], [104.002, 30.002], [104.001, 30.002], [104.001, 30.001]] as Array<[number, number]>, source: 'pledgeSignatures/s1', createdAt: 1 };
const AT_THE_DOOR = { lat: 30.0015, lng: 104.0015 };

let dir: string;
let raw: SqliteStore;
let reads: string[];
let store: Store;

/** The store as a handler sees it, noting every query it makes. */
function counted(base: Store): Store {
  return new Proxy(base, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key !== 'find' || typeof value !== 'function') return value;
      return (collection: string, ...rest: unknown[]) => {
        reads.push(collection);
        return (value as (...args: unknown[]) => unknown).call(target, collection, ...rest);
      };
    },
  });
}

const community = async (): Promise<Community> => (await raw.get<Community>('communities', 'c-1'))!;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linli-layout-'));
  raw = openSqliteStore({ file: join(dir, 'layout.db') });
  reads = [];
  store = counted(raw);
  await raw.insert('communities', { id: 'c-1', streetId: 's-1', name: '幸福里社区', center: { lat: 30.005, lng: 104.005 }, dutyUserIds: [], layoutStamp: newLayoutStamp() });
  await raw.insert('grids', GRID);
});
afterEach(async () => {
  await raw.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the layout of a community', () => {
  it('is read once for as long as its stamp stays the same', async () => {
    const first = await layoutOf(store, await community());
    const second = await layoutOf(store, await community());
    expect(first.grids.map((grid) => grid.id)).toEqual(['g-1']);
    expect(second).toBe(first);
    expect(reads).toEqual(['grids', 'zones']);
  });

  it('is read again after a zone is drawn or given back, so the shop hears of cases at its door only while it answers for it', async () => {
    expect(responsibleFor((await layoutOf(store, await community())).zones, AT_THE_DOOR)).toEqual([]);
    await raw.transaction((tx) => putZone(tx, SHOPFRONT));
    expect(responsibleFor((await layoutOf(store, await community())).zones, AT_THE_DOOR)).toEqual([{ zoneId: 'z-shop', label: '幸福便利店', ownerIds: ['u-shop'] }]);
    await raw.transaction((tx) => removeZone(tx, 'z-shop'));
    expect(responsibleFor((await layoutOf(store, await community())).zones, AT_THE_DOOR)).toEqual([]);
    expect(reads).toEqual(['grids', 'zones', 'grids', 'zones', 'grids', 'zones']);
  });

  it('keeps its stamp when a zone that is not there is given back', async () => {
    const before = (await community()).layoutStamp;
    expect(await raw.transaction((tx) => removeZone(tx, 'z-none'))).toBe(false);
    expect((await community()).layoutStamp).toBe(before);
  });

  it('is read every time for a community that has no stamp', async () => {
    await raw.update('communities', 'c-1', { layoutStamp: undefined });
    await layoutOf(store, await community());
    await layoutOf(store, await community());
    expect(reads).toEqual(['grids', 'zones', 'grids', 'zones']);
  });

  it('is not kept when reading it failed: the next call reads it again', async () => {
    const stamped = await community();
    const failing = new Proxy(store, { get: (target, key) => (key === 'find' ? () => Promise.reject(new Error('store unavailable')) : Reflect.get(target, key)) });
    await expect(layoutOf(failing, stamped)).rejects.toThrow('store unavailable');
    expect((await layoutOf(store, stamped)).grids).toHaveLength(1);
  });
});
