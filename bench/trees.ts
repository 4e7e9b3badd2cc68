// Trees in view: 10 000 trees of 幸福里 (and 2 000 next door in 和平) seeded through the Store adapter, then the
// map's bounding-box read `trees.inView` through the shipped function beside the same box query written directly
// against SQLite (same index, same columns a marker needs), p50/p95 as ratios.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createLocalPorts, DATABASE_FILE } from '../cloud/adapters/local';
import { fieldExpr as f } from '../cloud/adapters/local/sqliteStore';
import { createDispatcher } from '../cloud/dispatcher';
import { callerOn, closeShipped, shippedFunction } from './shipped';
import { MAX_MARKERS } from '../cloud/handlers/trees/inView';
import { demoOpenid, HEPING, seedDemo, XINGFULI } from '../cloud/seed/demo';
import { DAY_MS } from '../src/domain/common/days';
import { routeToGrid } from '../src/domain/reports/rules';
import { newTree } from '../src/domain/trees/newTree';
import { termEnd } from '../src/domain/trees/rules';
import type { SpeciesKey } from '../src/domain/trees/species';
import type { Condition, Tree, TreesInView } from '../src/domain/trees/types';
import type { Grid } from '../src/domain/membership/types';
import { compareLatency, type Latency } from './measure';
import { spyOn } from './querySpy';
import { seededRandom, type Random } from './random';
import { count, ms, ratio, renderTable } from './table';

const TREES = 10_000;
const NEIGHBOURS = 2_000;
const SAMPLES = 1_000;
const AGREEMENT_PROBES = 100;
const SEED = 20_261_121;
/** A phone's map at street zoom: about 110 m × 95 m. */
const VIEW = { lat: 0.001, lng: 0.001 };
const AREAS = {
  [XINGFULI]: { south: 30.6585, north: 30.664, west: 104.077, east: 104.083 },
  [HEPING]: { south: 30.668, north: 30.672, west: 104.088, east: 104.092 },
};
const SPECIES_WEIGHTS: Partial<Record<SpeciesKey, number>> = { camphor: 30, ginkgo: 20, osmanthus: 15, banyan: 10, plane: 10, magnolia: 5, crape_myrtle: 5, cherry: 3, goldenrain: 2 };
const CONDITION_WEIGHTS: Record<Condition, number> = { healthy: 90, attention: 6, pest: 3, dead: 1 };

function benchTree(n: number, communityId: string, grids: Grid[], now: number, random: Random): Tree {
  const area = AREAS[communityId as keyof typeof AREAS];
  const point = { lat: random.between(area.south, area.north), lng: random.between(area.west, area.east) };
  const tree = newTree({
    communityId,
    code: `B-${n.toString(36).padStart(5, '0')}`,
    species: random.weighted(SPECIES_WEIGHTS as Record<SpeciesKey, number>),
    ...point,
    spot: `绿地${(n % 97) + 1}号`,
    gridId: routeToGrid(point, grids.filter((grid) => grid.communityId === communityId)),
    plantedYear: 1980 + random.int(45),
    condition: random.weighted(CONDITION_WEIGHTS),
    heritage: random.next() < 0.005,
    photos: [],
    now: now - random.int(3000) * DAY_MS,
  });
  // One tree in five is adopted for a term that began in the past year.
  if (random.next() < 0.2) {
    const startsAt = now - random.int(365) * DAY_MS;
    Object.assign(tree, { adoptionId: `a_b${n}`, adopterId: 'u_bench', adopterKind: 'person', adoptedUntil: termEnd(startsAt), lastCareAt: startsAt });
  }
  return tree;
}

const BOX_SQL = `
  SELECT id, ${f('lat')} AS lat, ${f('lng')} AS lng, ${f('species')} AS species, ${f('condition')} AS condition,
         ${f('adoptedUntil')} AS adoptedUntil, ${f('heritage')} AS heritage
  FROM trees
  WHERE ${f('communityId')} = @communityId AND ${f('lat')} BETWEEN @minLat AND @maxLat AND ${f('lng')} BETWEEN @minLng AND @maxLng
  LIMIT ${MAX_MARKERS + 1}`;

interface Box {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

export interface TreesBenchResult {
  seeded: number;
  seedSeconds: number;
  via: Latency;
  sql: Latency;
  agreed: number;
  markersPerView: number;
  plans: { via: string[]; sql: string[] };
}

export async function benchTrees(progress: (message: string) => void): Promise<TreesBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-trees-'));
  const ports = createLocalPorts({ dataDir });
  try {
    progress(`seeding ${count(TREES)} trees in 幸福里 and ${count(NEIGHBOURS)} in 和平…`);
    const start = performance.now();
    const now = ports.clock.now();
    await seedDemo(ports.store, ports.clock);
    const grids = await ports.store.find<Grid>('grids', {});
    const random = seededRandom(SEED);
    await ports.store.transaction(async (tx) => {
      for (let n = 0; n < TREES + NEIGHBOURS; n += 1) await tx.insert('trees', benchTree(n, n < TREES ? XINGFULI : HEPING, grids, now, random));
    });
    const seedSeconds = (performance.now() - start) / 1000;

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const box = db.prepare(BOX_SQL);
    const area = AREAS[XINGFULI];
    const probes: Box[] = Array.from({ length: SAMPLES }, () => {
      const minLat = random.between(area.south, area.north - VIEW.lat);
      const minLng = random.between(area.west, area.east - VIEW.lng);
      return { minLat, maxLat: minLat + VIEW.lat, minLng, maxLng: minLng + VIEW.lng };
    });
    const spy = spyOn(ports.store);
    const inspected = createDispatcher({ ...ports, store: spy.store });
    const dispatch = await shippedFunction(dataDir);
    const caller = demoOpenid('resident-li');
    const inView = (probe: Box, via = dispatch): Promise<TreesInView> => callerOn(via)(caller, 'trees.inView', probe);
    const direct = (probe: Box) => box.all({ communityId: XINGFULI, ...probe }) as Array<{ id: string }>;

    let agreed = 0;
    let markers = 0;
    for (const probe of probes.slice(0, AGREEMENT_PROBES)) {
      const via = (await inView(probe)).trees.map((tree) => tree.id).sort();
      const sql = direct(probe).slice(0, MAX_MARKERS).map((row) => row.id).sort();
      markers += via.length;
      if (via.join() === sql.join()) agreed += 1;
    }
    const inspection = await spy.inspect('trees.inView', () => inView(probes[0]!, inspected));
    const sqlPlan = (db.prepare(`EXPLAIN QUERY PLAN ${BOX_SQL}`).all({ communityId: XINGFULI, ...probes[0]! }) as Array<{ detail: string }>).map((row) => row.detail);

    progress('measuring trees.inView…');
    const [via, sql] = await compareLatency(SAMPLES, [(i) => inView(probes[i % probes.length]!), (i) => direct(probes[i % probes.length]!)]);
    db.close();
    const treeQuery = inspection.queries.find(({ query }) => query.collection === 'trees');
    return { seeded: TREES + NEIGHBOURS, seedSeconds, via, sql, agreed, markersPerView: markers / AGREEMENT_PROBES, plans: { via: treeQuery?.plan ?? [], sql: sqlPlan } };
  } finally {
    await closeShipped();
    await ports.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function renderTreesBench(r: TreesBenchResult): string {
  return [
    '',
    `Trees in view — ${count(r.seeded)} trees seeded in ${r.seedSeconds.toFixed(1)} s (${count(TREES)} in 幸福里), views of about 110 m × 95 m, ${r.markersPerView.toFixed(0)} markers per view on average`,
    '',
    renderTable(
      ['operation', 'via the function', 'direct SQLite', 'ratio', 'direct side'],
      [
        [`trees in view, p50 (${count(r.via.samples)} views)`, ms(r.via.p50), ms(r.sql.p50), ratio(r.via.p50 / r.sql.p50), 'box on indexed (communityId, lat, lng)'],
        ['trees in view, p95', ms(r.via.p95), ms(r.sql.p95), ratio(r.via.p95 / r.sql.p95), 'marker columns only'],
      ],
      new Set([1, 2, 3]),
    ),
    '',
    `ratio: function ÷ direct. same answers: ${r.agreed}/${AGREEMENT_PROBES} views found the same trees.`,
    `plan via the store: ${r.plans.via.join(' | ')}`,
    `plan direct:        ${r.plans.sql.join(' | ')}`,
  ].join('\n');
}
