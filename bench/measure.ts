// Timing helpers. Each comparison runs the two sides in alternating blocks, so both meet the same machine
// conditions (disk flushes, other load) instead of one side getting a quiet minute and the other a busy one.
// The function reaches its steady speed only after some thousand calls (its code compiled by V8's optimising
// tier, its connection's page cache filled), so sides can be timed warm, as a warm instance serves: a latency
// comparison first runs every side through all its inputs untimed; a throughput comparison warms as many calls
// as it is asked to (the reports bench 500 creates a side; the votes and drives benches time from the first call).
import { performance } from 'node:perf_hooks';

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
}

export interface Throughput {
  operations: number;
  seconds: number;
  perSecond: number;
  /** Processor time per operation (user + system); the rest of the wall time is waiting, mostly on disk syncs. */
  cpuMsPerOp: number;
}

type Op = (i: number) => unknown;

/** Nearest-rank percentile of a sorted list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const BLOCK = 50;

/**
 * p50/p95 in ms of `count` sequential calls of each side, the sides taking turns in blocks (each block starting
 * with the next side), so all of them meet the same machine conditions. Each side first makes the same `count`
 * calls untimed (or `warmup` of them), so it meets every input once before it is timed on it.
 */
export async function compareLatency<S extends Op[]>(count: number, sides: [...S], warmup = count): Promise<{ [K in keyof S]: Latency }> {
  for (const op of sides) for (let i = 0; i < warmup; i += 1) await op(i);
  const times: number[][] = sides.map(() => []);
  for (let first = 0; first < count; first += BLOCK) {
    const rotation = (first / BLOCK) % sides.length;
    for (let k = 0; k < sides.length; k += 1) {
      const side = (k + rotation) % sides.length;
      for (let i = first; i < Math.min(count, first + BLOCK); i += 1) {
        const start = performance.now();
        await sides[side]!(i);
        times[side]!.push(performance.now() - start);
      }
    }
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    return { samples: list.length, p50: percentile(list, 50), p95: percentile(list, 95) };
  }) as { [K in keyof S]: Latency };
}

/**
 * Operations per second of each side, calls one after another in alternating blocks, until each side made
 * `count` calls or `maxSeconds` passed in all. The sides may be given more than two (all alternate). With
 * `warmup`, each side first makes that many untimed calls, numbered from `count` on (the caller provides their
 * inputs), so writes that must not repeat never meet an input the timed calls use.
 */
export async function compareThroughput(count: number, maxSeconds: number, sides: Op[], warmup = 0): Promise<Throughput[]> {
  for (const op of sides) for (let i = count; i < count + warmup; i += 1) await op(i);
  const deadline = performance.now() + maxSeconds * 1000;
  const spent = sides.map(() => 0);
  const cpu = sides.map(() => 0);
  let done = 0;
  while (done < count && performance.now() < deadline) {
    const block = Math.min(BLOCK, count - done);
    const rotation = (done / BLOCK) % sides.length;
    for (let k = 0; k < sides.length; k += 1) {
      const side = (k + rotation) % sides.length;
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      for (let i = done; i < done + block; i += 1) await sides[side]!(i);
      const used = process.cpuUsage(cpuStart);
      spent[side]! += performance.now() - start;
      cpu[side]! += (used.user + used.system) / 1000;
    }
    done += block;
  }
  return spent.map((ms, side) => ({ operations: done, seconds: ms / 1000, perSecond: done / (ms / 1000), cpuMsPerOp: cpu[side]! / done }));
}
