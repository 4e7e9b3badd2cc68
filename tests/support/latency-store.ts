// A Store that answers every call 1–3 ms late, as CloudBase does, so concurrent handlers interleave between
// their reads and writes (the embedded SQLite answers at once and hides races). Calls on a transaction's handle
// are delayed too, so two transactions' steps interleave as far as the adapter allows.
import type { Doc, Filter, FindOptions, Store, StoreTx } from '../../cloud/ports/store';
import { demoWorld, type DemoWorld, type DemoWorldOptions } from './demo-world';

export interface LatencyOptions {
  minMs?: number;
  maxMs?: number;
  /** Seeds the delays, so a failing interleaving can be replayed. */
  seed?: number;
}

/** mulberry32: a tiny seeded generator, enough to spread delays reproducibly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function withLatency(store: Store, options: LatencyOptions = {}): Store {
  const { minMs = 1, maxMs = 3 } = options;
  if (minMs < 0 || maxMs < minMs) throw new Error('latency needs 0 <= minMs <= maxMs');
  const random = seededRandom(options.seed ?? Date.now());
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, minMs + Math.round(random() * (maxMs - minMs))));
  const late =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await pause();
      return call(...args);
    };

  const delayedTx = (tx: StoreTx): StoreTx =>
    ({
      get: late((collection: string, id: string) => tx.get(collection, id)),
      insert: late((collection: string, doc: Doc) => tx.insert(collection, doc)),
      update: late((collection: string, id: string, patch: Record<string, unknown>, where?: Filter) => tx.update(collection, id, patch, where)),
      increment: late((collection: string, id: string, field: string, by: number, where?: Filter) => tx.increment(collection, id, field, by, where)),
      remove: late((collection: string, id: string) => tx.remove(collection, id)),
    }) as StoreTx;

  return {
    ...delayedTx(store),
    find: late((collection: string, filter: Filter, findOptions?: FindOptions) => store.find(collection, filter, findOptions)),
    count: late((collection: string, filter: Filter) => store.count(collection, filter)),
    transaction: late((fn: (tx: StoreTx) => Promise<unknown>) => store.transaction((tx) => fn(delayedTx(tx)))),
    close: store.close ? () => store.close!() : undefined,
  } as Store;
}

/** The seeded demo community whose handlers see the store through withLatency (seeding itself is not delayed). */
export function latencyWorld(latency: LatencyOptions = {}, options: Omit<DemoWorldOptions, 'wrapStore'> = {}): Promise<DemoWorld> {
  return demoWorld({ ...options, wrapStore: (store) => withLatency(store, latency) });
}
