// `npm run bench` (second part): 10 000 notices in 幸福里 and a community of 5 000 households, then the home feed
// of a 3栋 resident and the 知晓率 of one community-wide notice, each through the shipped function beside the same read
// written directly against SQLite; and, for the record, the two designs the product did not take, measured the same way.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../cloud/adapters/local';
import { userIdFor } from '../cloud/handlers/actor';
import { createDispatcher } from '../cloud/dispatcher';
import { buildShipped, callerOn, closeShipped, shippedFunction } from './shipped';
import { pageOf } from '../cloud/kit/paging';
import { demoOpenid, XINGFULI } from '../cloud/seed/demo';
import { placeKeys } from '../src/domain/common/scope';
import type { NoticeFeedRow } from '../src/domain/notices/types';
import { compareLatency } from './measure';
import { openNoticeDirectSql } from './noticeDirect';
import { renderNoticeReport } from './noticeReport';
import { BIG, BIG_COMMITTEE, BIG_NOTICE, seedNoticeBench } from './noticeSeed';
import { spyOn } from './querySpy';
import { seededRandom } from './random';

const NOTICES = 10_000;
const BIG_BUILDINGS = 50;
const SAMPLES = 300;
// The designs not taken are slower: fewer calls keep the run short.
const SAMPLES_NOT_TAKEN = { feed: 100, stats: 20 };
const READER = 'resident-qian';
const READER_PLACE = { communityId: XINGFULI, gridId: 'g-1', buildingId: 'b-3' };

const progress = (message: string): void => void process.stderr.write(`· ${message}\n`);

async function main(): Promise<void> {
  await buildShipped();
  progress(`seeding ${NOTICES.toLocaleString('en-US')} notices and a community of ${BIG_BUILDINGS * 100} households…`);
  const world = await seedNoticeBench({ notices: NOTICES, bigBuildings: BIG_BUILDINGS, random: seededRandom(20_261_121) });
  const { ports } = world;
  const direct = openNoticeDirectSql(join(world.dataDir, DATABASE_FILE));
  const spy = spyOn(ports.store);
  // Timed: the shipped function. Inspected (store calls, plans): the source dispatcher over the spy.
  const inspectedDispatch = createDispatcher({ ...ports, store: spy.store }, { log: { error: (details, message) => console.error(message, details) } });
  const call = callerOn(await shippedFunction(world.dataDir));
  const inspected = callerOn(inspectedDispatch);

  try {
    const reader = demoOpenid(READER);
    const readerId = userIdFor(reader);
    const keys = placeKeys(READER_PLACE);
    const now = ports.clock.now();
    const feedVia = (via = call) => via(reader, 'notices.feed', {});
    const feedSql = () => direct.feed(XINGFULI, keys, readerId, ports.clock.now());
    const feedSqlIn = () => direct.feedIn(XINGFULI, keys, readerId, ports.clock.now());
    const statsVia = (via = call) => via(BIG_COMMITTEE, 'notices.readStats', { noticeId: BIG_NOTICE });
    const statsSql = () => direct.readStats(BIG, BIG_NOTICE);
    const statsSqlTallies = () => direct.readStatsFromTallies(BIG, BIG_NOTICE);

    // The rejected designs: the feed as one `$in` read, and 知晓率 counted from the reads instead of kept counts.
    const feedOneIn = () =>
      pageOf<NoticeFeedRow>(spy.store, 'noticeFeed', { communityId: XINGFULI, key: { $in: keys }, pinned: false, createdAt: { $lte: ports.clock.now() }, until: { $gt: ports.clock.now() } }, undefined);
    const buildingIds = direct.readStats(BIG, BIG_NOTICE).map((row) => row.buildingId);
    const statsByCounting = () =>
      Promise.all(
        buildingIds.flatMap((buildingId) => [
          spy.store.count('noticeReads', { noticeId: BIG_NOTICE, buildingId }),
          spy.store.count('noticeHouseholdReads', { noticeId: BIG_NOTICE, buildingId }),
          spy.store.count('households', { communityId: BIG, buildingId }),
          spy.store.count('members', { communityId: BIG, buildingId, status: 'active', role: 'resident' }),
        ]),
      );

    const feed = await feedVia();
    const feedRows = feedSql();
    const stats = await statsVia();
    const statsRows = statsSql();
    const feedKey = (rows: Array<{ id: string; read: number }>) => rows.map((row) => `${row.id}:${row.read}`).join();
    const sameFeed =
      feedKey(feed.items.map((item) => ({ id: item.id, read: item.unread ? 0 : 1 }))) === feedKey(feedRows) && feedKey(feedRows) === feedKey(feedSqlIn());
    const sum = (pick: (row: (typeof statsRows)[number]) => number) => statsRows.reduce((total, row) => total + pick(row), 0);
    const sameStats =
      stats.households.read === sum((row) => row.householdsRead) && stats.households.total === sum((row) => row.households) &&
      stats.residents.read === sum((row) => row.residentsRead) && stats.residents.total === sum((row) => row.residents) &&
      JSON.stringify(statsRows) === JSON.stringify(statsSqlTallies());

    progress('checking the store work and query plans…');
    const inspections = [
      await spy.inspect(`notices.feed as ${READER}`, () => feedVia(inspected)),
      await spy.inspect('notices.readStats (5 000 households)', () => statsVia(inspected)),
      await spy.inspect(`notices.list as ${READER}`, () => inspected(reader, 'notices.list', {})),
      await spy.inspect('notices.feed as committee', () => inspected(demoOpenid('committee-chen'), 'notices.feed', {})),
      await spy.inspect('notices.unreadHouseholds (one building)', () => inspected(BIG_COMMITTEE, 'notices.unreadHouseholds', { noticeId: BIG_NOTICE, buildingId: 'b-big-1' })),
    ];

    progress('measuring the home feed…');
    const [feedLatency, feedSqlLatency, feedInLatency] = await compareLatency(SAMPLES, [() => feedVia(), feedSql, feedSqlIn]);
    progress('measuring 知晓率…');
    const [statsLatency, statsSqlLatency, statsTalliesLatency] = await compareLatency(SAMPLES, [() => statsVia(), statsSql, statsSqlTallies]);
    progress('measuring the designs not taken…');
    const [oneInLatency, feedSqlAgain] = await compareLatency(SAMPLES_NOT_TAKEN.feed, [feedOneIn, feedSql]);
    const [countingLatency, statsSqlAgain] = await compareLatency(SAMPLES_NOT_TAKEN.stats, [statsByCounting, statsSql]);

    console.log(
      renderNoticeReport({
        seeded: { ...world.rows, seconds: world.seedSeconds, at: now },
        reader: READER,
        feed: { via: feedLatency, sql: feedSqlLatency, sqlIn: feedInLatency, items: feed.items.length, same: sameFeed },
        stats: { via: statsLatency, sql: statsSqlLatency, sqlTallies: statsTalliesLatency, households: stats.households, residents: stats.residents, buildings: stats.buildings.length, same: sameStats },
        notTaken: { oneIn: { via: oneInLatency, sql: feedSqlAgain }, counting: { via: countingLatency, sql: statsSqlAgain } },
        inspections,
        directPlans: direct.plans(keys),
      }),
    );
  } finally {
    direct.close();
    await closeShipped();
    await ports.close();
    rmSync(world.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
