// Records the Store queries one dispatcher call makes, so the bench can show SQLite's plan for each and
// point at any that scans a whole table.
import { performance } from 'node:perf_hooks';
import type { SqliteStore } from '../cloud/adapters/local';
import type { Filter, FindOptions } from '../cloud/ports/store';

export interface RecordedQuery {
  op: 'find' | 'count';
  collection: string;
  filter: Filter;
  options?: FindOptions;
}

export interface PlannedQuery {
  query: RecordedQuery;
  plan: string[];
  /** SQLite reads the whole table instead of searching an index. */
  fullScan: boolean;
}

/** What one dispatcher call asked of the store, and how long it took. */
export interface Inspection {
  label: string;
  ms: number;
  calls: Record<string, number>;
  queries: PlannedQuery[];
}

export interface QuerySpy {
  store: SqliteStore;
  /** Store calls of the inspected call, by operation. */
  calls: Record<string, number>;
  queries: RecordedQuery[];
  reset(): void;
  /** The plan of each recorded query. */
  plans(): PlannedQuery[];
  /** Runs one call (after an untimed warm-up call) and records its store work. */
  inspect(label: string, run: () => Promise<unknown>): Promise<Inspection>;
}

export function spyOn(store: SqliteStore): QuerySpy {
  // Only the inspected call is recorded: the timed calls meet the store as it is, with nothing kept per call.
  let recording = false;
  const spy: QuerySpy = {
    store: new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (!recording || typeof value !== 'function' || typeof property !== 'string' || property === 'explain') return value;
        return (...args: unknown[]) => {
          spy.calls[property] = (spy.calls[property] ?? 0) + 1;
          if (property === 'find' || property === 'count') {
            spy.queries.push({ op: property, collection: args[0] as string, filter: args[1] as Filter, options: args[2] as FindOptions | undefined });
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }),
    calls: {},
    queries: [],
    reset() {
      spy.calls = {};
      spy.queries = [];
    },
    plans() {
      return spy.queries.map((query) => {
        const plan = store.explain(query.collection, query.filter, query.options);
        return { query, plan, fullScan: plan.some((line) => /^SCAN /.test(line) && !/USING (COVERING )?INDEX/.test(line)) };
      });
    },
    async inspect(label, run) {
      await run();
      spy.reset();
      recording = true;
      const start = performance.now();
      try {
        await run();
      } finally {
        recording = false;
      }
      const ms = performance.now() - start;
      return { label, ms, calls: { ...spy.calls }, queries: spy.plans() };
    },
  };
  return spy;
}
