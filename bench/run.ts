// `npm run bench`: seeds 100 000 reports into a throwaway SQLite database (local adapters) and measures, in one
// run, filing a report, "open reports within 50 m" and a grid worker's queue through the shipped cloud function,
// each beside the same operation written directly against SQLite. Any call that does not answer ok fails the run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../cloud/adapters/local';
import { createDispatcher } from '../cloud/dispatcher';
import type { Notice } from '../cloud/ports';
import type { Grid } from '../src/domain/membership/types';
import { demoOpenid, XINGFULI } from '../cloud/seed/demo';
import { NEARBY_METERS } from '../src/domain/reports/status';
import { openDirectSql } from './direct';
import { compareLatency, compareThroughput } from './measure';
import { spyOn } from './querySpy';
import { seededRandom } from './random';
import { renderReport } from './report';
import { seedBenchWorld } from './seed';
import { benchVotes } from './votes';
import { count } from './table';
import { benchTrees, renderTreesBench } from './trees';
import { createInputs, nearbyProbes, reportDocFor } from './workload';
import { benchDrives } from './drives';
import { buildShipped, callerOn, closeShipped, shippedFunction } from './shipped';

const REPORTS = 100_000;
const SEED = 20_261_120;
const CALLER = 'resident-wang';
const WORKER = 'worker-g2';
const NEARBY_SAMPLES = 1_000;
const AGREEMENT_PROBES = 100;
const QUEUE_SAMPLES = 300;
const CREATES = 3_000;
/** Untimed creates each side makes first, on inputs of their own. */
const CREATE_WARMUP = 500;
const CREATE_SECONDS = 60;

class BenchFailure extends Error {}

const progress = (message: string): void => void process.stderr.write(`· ${message}\n`);

async function main(): Promise<void> {
  await buildShipped();
  progress(`seeding the demo world and ${count(REPORTS)} reports…`);
  const world = await seedBenchWorld({ reports: REPORTS, seed: SEED, callerKey: CALLER, workerKey: WORKER });
  const { ports, cast } = world;
  // The SQL sides timed against each other have connections of their own, as the function has: sides sharing one
  // would share its page cache, and one reading the same probes just after the other would find their pages cached.
  // (`direct` serves the same-answer nearby query and, in a later comparison, the queue.)
  const connect = () => openDirectSql(join(world.dataDir, DATABASE_FILE));
  const direct = connect();
  const bare = connect();
  const rowInserts = connect();
  const filings = connect();
  // Start from a settled disk: the seed's write-ahead log folded into the database file.
  direct.checkpoint();

  const spy = spyOn(ports.store);
  // Pushes go through the notifier, not the store: count them beside the store calls.
  const notifier = { ...ports.notifier, push: (notice: Notice) => ((spy.calls.push = (spy.calls.push ?? 0) + 1), ports.notifier.push(notice)) };
  const internalErrors: string[] = [];
  const log = { error: (details: Record<string, unknown>, message: string) => void internalErrors.push(`${message} ${JSON.stringify(details)}`) };
  const dispatch = createDispatcher({ ...ports, store: spy.store, notifier }, { log });

  // Timed and compared: the shipped function. Inspected (store calls, plans): the source dispatcher over the spy.
  const failure = (message: string) =>
    new BenchFailure(`${message}${internalErrors.length ? `\n  ${internalErrors.join('\n  ')}` : ' (the shipped function logs its own failures on stderr)'}`);
  const call = callerOn(await shippedFunction(world.dataDir), failure);
  const inspected = callerOn(dispatch, failure);

  try {
    const random = seededRandom(SEED + 1);
    const probes = nearbyProbes(NEARBY_SAMPLES, random);
    const creates = createInputs(CREATES + CREATE_WARMUP, cast, random);
    const caller = cast.caller.openid;
    const worker = cast.worker.openid;
    const nearbySql = (i: number) => {
      const probe = probes[i % probes.length]!;
      return direct.nearby(XINGFULI, probe.category, probe, NEARBY_METERS, cast.caller.userId);
    };
    const nearbyBareSql = (i: number) => {
      const probe = probes[i % probes.length]!;
      return bare.nearbyBare(XINGFULI, probe.category, probe, NEARBY_METERS);
    };

    // Same answers first: the comparison is only fair if both sides find the same cases, each with the same
    // "me too", own-case and photo answers for the caller.
    let agreed = 0;
    let hits = 0;
    const answer = (id: string, supported: boolean, mine: boolean, photo: boolean) => `${id}:${+supported}${+mine}${+photo}`;
    for (let i = 0; i < AGREEMENT_PROBES; i += 1) {
      const via = (await call(caller, 'reports.nearby', probes[i]!)).map((item) => answer(item.id, item.supportedByMe, item.mine, item.thumbUrl !== null));
      const sql = nearbySql(i).map((row) => answer(row.id, row.supportedByMe === 1, row.mine === 1, row.thumb !== null));
      hits += sql.length;
      if (via.sort().join() === sql.sort().join()) agreed += 1;
    }
    const queueVia = await call(worker, 'reports.queue', {});
    const queueSql = direct.queue(XINGFULI, cast.worker.gridId);
    const queueAgreed = queueVia.map((item) => item.id).sort().join() === queueSql.map((row) => row.id).sort().join();

    progress('checking the store work and query plans of report reads…');
    const measured = [
      await spy.inspect('reports.nearby', () => inspected(caller, 'reports.nearby', probes[0]!)),
      await spy.inspect(`reports.queue as ${WORKER}`, () => inspected(worker, 'reports.queue', {})),
    ];
    const as = (key: string) => demoOpenid(key);
    const someReport = (await inspected(caller, 'reports.mine', {})).items[0]?.id ?? 'r_0000000000000001';
    const otherReads = [
      await spy.inspect('publicList (all) as resident', () => inspected(as(CALLER), 'reports.publicList', {})),
      await spy.inspect('publicList (open) as resident', () => inspected(as(CALLER), 'reports.publicList', { status: 'open' })),
      await spy.inspect('mine as resident', () => inspected(as(CALLER), 'reports.mine', {})),
      await spy.inspect('detail as resident', () => inspected(as(CALLER), 'reports.detail', { reportId: someReport })),
      await spy.inspect('queue as committee', () => inspected(as('committee-chen'), 'reports.queue', {})),
      await spy.inspect('adminList (all) as committee', () => inspected(as('committee-chen'), 'reports.adminList', {})),
      await spy.inspect('adminList (overdue) as committee', () => inspected(as('committee-chen'), 'reports.adminList', { overdue: true })),
      await spy.inspect('adminList (flagged) as committee', () => inspected(as('committee-chen'), 'reports.adminList', { flagged: true })),
      await spy.inspect('adminList (no grid) as committee', () => inspected(as('committee-chen'), 'reports.adminList', { gridId: 'none' })),
      await spy.inspect('queue as street office', () => inspected(as('street-officer'), 'reports.queue', {})),
      await spy.inspect('adminList (all) as street office', () => inspected(as('street-officer'), 'reports.adminList', {})),
    ];

    progress('measuring reports.nearby…');
    const [nearbyVia, nearbyDirect, nearbyBare] = await compareLatency(NEARBY_SAMPLES, [
      (i) => call(caller, 'reports.nearby', probes[i % probes.length]!),
      nearbySql,
      nearbyBareSql,
    ]);
    progress('measuring reports.queue…');
    const [queueViaLatency, queueSqlLatency] = await compareLatency(QUEUE_SAMPLES, [
      () => call(worker, 'reports.queue', {}),
      () => direct.queue(XINGFULI, cast.worker.gridId),
    ]);

    progress('measuring reports.create…');
    measured.push(await spy.inspect('reports.create', () => inspected(caller, 'reports.create', creates[0]!)));
    const now = ports.clock.now();
    const rowDocs = creates.map((input, i) => reportDocFor(input, `r_d${String(i).padStart(15, '0')}`, cast, XINGFULI, now));
    const fileDocs = creates.map((input, i) => reportDocFor(input, `r_f${String(i).padStart(15, '0')}`, cast, XINGFULI, now));
    // The handlers told of each case, as the action finds them: the workers of the grid it lands in.
    const workersOf = new Map((await ports.store.find<Grid>('grids', { communityId: XINGFULI })).map((grid) => [grid.id, grid.workerIds]));
    const directCounter = `bench-direct:${XINGFULI}`;
    const [createVia, insertRow, fileDirect] = await compareThroughput(CREATES, CREATE_SECONDS, [
      (i) => call(caller, 'reports.create', creates[i]!),
      (i) => rowInserts.insertReport(rowDocs[i]!),
      (i) => filings.fileReport(fileDocs[i]!, directCounter, workersOf.get(fileDocs[i]!.gridId ?? '') ?? []),
    ], CREATE_WARMUP);

    console.log(
      renderReport({
        seeded: { ...world.rows, seconds: world.seedSeconds },
        sqliteVersion: direct.sqliteVersion(),
        meters: NEARBY_METERS,
        worker: WORKER,
        create: { via: createVia!, row: insertRow!, filing: fileDirect! },
        nearby: { via: nearbyVia, sql: nearbyDirect, bare: nearbyBare, agreed, checked: AGREEMENT_PROBES, hitsPerProbe: hits / AGREEMENT_PROBES },
        queue: { via: queueViaLatency, sql: queueSqlLatency, size: queueVia.length, sqlSize: queueSql.length, agreed: queueAgreed },
        measured,
        otherReads,
        directPlans: direct.plans(),
      }),
    );
  } finally {
    for (const connection of [direct, bare, rowInserts, filings]) connection.close();
    await closeShipped();
    await ports.close();
    rmSync(world.dataDir, { recursive: true, force: true });
  }
  console.log(await benchVotes(progress));
  console.log(await benchDrives(progress));
}

/** `npm run bench` runs every bench; `npm run bench -- trees` only the named ones. */
async function runBenches(names: string[]): Promise<void> {
  const wanted = (name: string) => names.length === 0 || names.includes(name);
  if (wanted('reports')) await main();
  if (wanted('trees')) console.log(renderTreesBench(await benchTrees(progress)));
}

runBenches(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof BenchFailure ? `bench failed: ${error.message}` : error);
  process.exit(1);
});
