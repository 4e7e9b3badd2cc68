// The bench database: the demo world, then 100 000 reports (with their timelines and "me too"s) written through
// the Store adapter in large transactions, the fastest way the adapter offers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalPorts, type LocalPorts } from '../cloud/adapters/local';
import { seedDemo } from '../cloud/seed/demo';
import { castOf, type Cast } from './people';
import { seededRandom } from './random';
import { reportFactory } from './reports';

export interface BenchWorld {
  ports: LocalPorts;
  dataDir: string;
  cast: Cast;
  now: number;
  rows: { reports: number; reportEvents: number; reportSupports: number };
  seedSeconds: number;
}

const BATCH = 5_000;

export async function seedBenchWorld(options: { reports: number; seed: number; callerKey: string; workerKey: string }): Promise<BenchWorld> {
  const start = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-'));
  const ports = createLocalPorts({ dataDir });
  const now = ports.clock.now();
  await seedDemo(ports.store, ports.clock);
  const cast = await castOf(ports.files, now, options.callerKey, options.workerKey);

  const factory = reportFactory(cast, now, seededRandom(options.seed));
  const rows = { reports: 0, reportEvents: 0, reportSupports: 0 };
  for (let first = 0; first < options.reports; first += BATCH) {
    const last = Math.min(options.reports, first + BATCH);
    await ports.store.transaction(async (tx) => {
      for (let n = first; n < last; n += 1) {
        const { report, events, supports } = factory.make(n);
        await tx.insert('reports', report);
        for (const event of events) await tx.insert('reportEvents', event);
        for (const support of supports) await tx.insert('reportSupports', support);
        rows.reports += 1;
        rows.reportEvents += events.length;
        rows.reportSupports += supports.length;
      }
    });
  }
  return { ports, dataDir, cast, now, rows, seedSeconds: (performance.now() - start) / 1000 };
}
