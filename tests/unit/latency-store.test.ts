// withLatency: every call to the store, and every call on a transaction's handle, answers 1–3 ms late.
import type { Store, StoreTx } from '../../cloud/ports/store';
import { withLatency } from '../support/latency-store';

/** A store that answers at once and records when each call reached it. */
function recordingStore(): { store: Store; arrivals: Array<[string, number]> } {
  const arrivals: Array<[string, number]> = [];
  const hit = (name: string) => async (_collection?: unknown, id?: unknown): Promise<never> => {
    arrivals.push([typeof id === 'string' && name === 'get' ? `get ${id}` : name, performance.now()]);
    return null as never;
  };
  const tx: StoreTx = { get: hit('tx.get'), insert: hit('tx.insert'), update: hit('tx.update'), increment: hit('tx.increment'), remove: hit('tx.remove') };
  const store: Store = {
    get: hit('get'),
    insert: hit('insert'),
    update: hit('update'),
    increment: hit('increment'),
    remove: hit('remove'),
    find: hit('find'),
    count: hit('count'),
    transaction: async (fn) => {
      arrivals.push(['transaction', performance.now()]);
      return fn(tx);
    },
  };
  return { store, arrivals };
}

describe('withLatency', () => {
  it('holds back every store call, and every call inside a transaction, by at least the minimum', async () => {
    const { store, arrivals } = recordingStore();
    const slow = withLatency(store, { minMs: 3, maxMs: 4, seed: 1 });
    const gaps: number[] = [];
    const timed = async (call: () => Promise<unknown>) => {
      const before = performance.now();
      await call();
      gaps.push(arrivals[arrivals.length - 1][1] - before);
    };
    await timed(() => slow.get('things', 'a'));
    await timed(() => slow.insert('things', { id: 'a' }));
    await timed(() => slow.update('things', 'a', {}));
    await timed(() => slow.increment('things', 'a', 'n', 1));
    await timed(() => slow.remove('things', 'a'));
    await timed(() => slow.find('things', {}));
    await timed(() => slow.count('things', {}));
    await slow.transaction(async (tx) => {
      await timed(() => tx.get('things', 'a'));
      await timed(() => tx.insert('things', { id: 'a' }));
      await timed(() => tx.update('things', 'a', {}));
      await timed(() => tx.increment('things', 'a', 'n', 1));
      await timed(() => tx.remove('things', 'a'));
    });
    expect(arrivals.map(([name]) => name)).toEqual([
      'get a', 'insert', 'update', 'increment', 'remove', 'find', 'count',
      'transaction', 'tx.get', 'tx.insert', 'tx.update', 'tx.increment', 'tx.remove',
    ]);
    // Node's timers have millisecond granularity and may fire up to a millisecond early.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2);
  });

  it('lets concurrent callers overtake each other, as requests to a remote database do', async () => {
    const { store, arrivals } = recordingStore();
    const slow = withLatency(store, { minMs: 1, maxMs: 8, seed: 3 });
    const sent = Array.from({ length: 30 }, (_, n) => `get ${n}`);
    await Promise.all(sent.map((name) => slow.get('things', name.slice(4))));
    const arrived = arrivals.map(([name]) => name);
    expect([...arrived].sort()).toEqual([...sent].sort());
    expect(arrived).not.toEqual(sent);
  });

  it('refuses a range that makes no sense', () => {
    expect(() => withLatency(recordingStore().store, { minMs: 3, maxMs: 1 })).toThrow(/minMs/);
  });
});
