// The votes bench: casting a ballot through the shipped function (validation, caller, settle-on-read, the
// one-ballot transaction) beside the same three writes as prepared SQLite statements in one transaction; and closing a vote
// of 10 000 ballots (read electorate, turnout and ballots, pair, tally, publish) beside the same aggregate in SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createLocalPorts, DATABASE_FILE, type LocalPorts } from '../cloud/adapters/local';
import { fieldExpr } from '../cloud/adapters/local/sqliteStore';
import { callerOn, closeShipped, shippedFunction } from './shipped';
import { userIdFor } from '../cloud/handlers/actor';
import { closeVote, SYSTEM_ACTOR } from '../cloud/handlers/votes/lifecycle';
import { demoOpenid, seedDemo, XINGFULI } from '../cloud/seed/demo';
import type { Household, Member, User } from '../src/domain/membership/types';
import type { Vote, VoteBallot, VoteElector, VoteTurnout } from '../src/domain/votes/types';
import { optionsOf } from '../src/domain/votes/settings';
import { compareThroughput, percentile } from './measure';
import { seededRandom, type Random } from './random';
import { count, ms, perSecond, ratio, renderTable } from './table';

const VOTERS = 2_000;
const CAST_SECONDS = 40;
const CLOSE_BALLOTS = 10_000;
const CLOSE_VOTES = 3;
const SQL_REPEATS = 10;
const DAY_MS = 24 * 3_600_000;

class BenchFailure extends Error {}

async function addVoters(ports: LocalPorts, now: number): Promise<string[]> {
  const households = (await ports.store.find<Household>('households', { communityId: XINGFULI })).filter((household) => household.buildingId === 'b-5');
  const openids = Array.from({ length: VOTERS }, (_, n) => `bench-voter:${n}`);
  await ports.store.transaction(async (tx) => {
    for (const [n, openid] of openids.entries()) {
      const household = households[n % households.length]!;
      const id = userIdFor(openid);
      await tx.insert('users', { id, openid, nickname: `居民${n}`, avatarUrl: '', createdAt: now, currentCommunityId: XINGFULI } satisfies User);
      const member: Member = { id: `${XINGFULI}:${id}`, communityId: XINGFULI, userId: id, role: 'resident', status: 'active', householdId: household.id, buildingId: 'b-5', gridId: household.gridId, gridIds: [], joinedAt: now, current: true };
      await tx.insert('members', member);
    }
  });
  return openids;
}

/** A closed-by-time vote of 10 000 households with one ballot each, written straight through the store. */
async function seedClosingVote(ports: LocalPorts, id: string, now: number, random: Random): Promise<Vote> {
  const vote: Vote = {
    id, communityId: XINGFULI, topicId: null, question: '是否同意调整小区停车收费标准', kind: 'yes_no', options: optionsOf('yes_no', []), maxChoices: 1,
    rule: 'residents_assembly', basis: 'households', electorate: { kind: 'households', audience: { level: 'community' } }, secret: true,
    opensAt: now - 2 * DAY_MS, closesAt: now - 1, status: 'open', createdBy: 'bench', createdAt: now - 2 * DAY_MS, updatedAt: now, turnout: CLOSE_BALLOTS,
    electorateSize: CLOSE_BALLOTS + 2_000, pseudonymKey: 'bench',
  };
  await ports.store.transaction(async (tx) => {
    await tx.insert('votes', vote);
    for (let n = 0; n < CLOSE_BALLOTS + 2_000; n += 1) {
      const voterKey = `h:bench-${n}`;
      await tx.insert('voteElectors', { id: `${id}:${voterKey}`, voteId: id, communityId: XINGFULI, voterKey, label: `${n}`, userIds: [], createdAt: vote.opensAt } satisfies VoteElector);
      if (n >= CLOSE_BALLOTS) continue;
      await tx.insert('voteTurnout', { id: `${id}:${voterKey}`, voteId: id, communityId: XINGFULI, voterKey, channel: 'online', castBy: 'bench' } satisfies VoteTurnout);
      const pick = random.weighted({ yes: 62, no: 27, abstain: 11 });
      await tx.insert('voteBallots', { id: `b_${id}_${String(random.int(1e12)).padStart(12, '0')}_${n}`, voteId: id, communityId: XINGFULI, picks: [pick] } satisfies VoteBallot);
    }
  });
  return vote;
}

export async function benchVotes(progress: (message: string) => void): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-votes-'));
  const ports = createLocalPorts({ dataDir });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  try {
    const now = ports.clock.now();
    progress(`votes: seeding ${count(VOTERS)} voters…`);
    await seedDemo(ports.store, ports.clock);
    const voters = await addVoters(ports, now);
    const dispatch = await shippedFunction(dataDir);
    const call = callerOn(dispatch, (message) => new BenchFailure(message));
    const created = await call(demoOpenid('committee-chen'), 'votes.create', {
      question: '是否同意在5栋门前增设电动车充电桩', kind: 'yes_no', rule: 'residents_assembly',
      electorate: { kind: 'residents', audience: { level: 'building', ids: ['b-5'] } }, closesAt: now + DAY_MS,
    });

    const f = fieldExpr;
    const insert = (table: string) => db.prepare(`INSERT INTO "${table}" (id, doc) VALUES (?, ?)`);
    const [insertTurnout, insertBallot] = [insert('voteTurnout'), insert('voteBallots')];
    const bump = db.prepare(`UPDATE votes SET doc = json_set(doc, '$.turnout', ${f('turnout')} + 1) WHERE id = ? AND ${f('status')} = 'open' AND ${f('closesAt')} > ?`);
    const direct = db.transaction((n: number) => {
      const voterKey = `p:direct-${n}`;
      insertTurnout.run(`${created.id}:${voterKey}`, JSON.stringify({ id: `${created.id}:${voterKey}`, voteId: created.id, communityId: XINGFULI, voterKey, channel: 'online', castBy: voterKey }));
      if (bump.run(created.id, now).changes !== 1) throw new BenchFailure('the direct ballot found the vote closed');
      insertBallot.run(`b_direct_${n}`, JSON.stringify({ id: `b_direct_${n}`, voteId: created.id, communityId: XINGFULI, picks: ['yes'] }));
    });
    progress('votes: measuring votes.cast…');
    const [via, sql] = await compareThroughput(VOTERS, CAST_SECONDS, [
      (i) => call(voters[i]!, 'votes.cast', { voteId: created.id, choice: [i % 3 === 0 ? 'no' : 'yes'] }),
      (i) => direct(i),
    ]);

    progress(`votes: seeding ${CLOSE_VOTES} votes of ${count(CLOSE_BALLOTS)} ballots…`);
    const random = seededRandom(20_261_121);
    const closing: Vote[] = [];
    for (let n = 0; n < CLOSE_VOTES; n += 1) closing.push(await seedClosingVote(ports, `v_bench_close_${n}`, now, random));
    const aggregate = db.prepare(
      `SELECT json_extract(doc, '$.picks[0]') AS choice, count(*) AS n FROM voteBallots WHERE ${f('voteId')} = ? GROUP BY choice`,
    );
    const electorate = db.prepare(`SELECT count(*) AS n FROM voteElectors WHERE ${f('voteId')} = ?`);
    const closeTimes: number[] = [];
    const sqlTimes: number[] = [];
    progress('votes: measuring closing…');
    for (const vote of closing) {
      let start = performance.now();
      const closed = await closeVote({ ...ports, actor: SYSTEM_ACTOR }, vote);
      closeTimes.push(performance.now() - start);
      if (closed.status !== 'closed' || closed.result?.takingPart.voters !== CLOSE_BALLOTS) throw new BenchFailure(`closing ${vote.id} counted ${closed.result?.takingPart.voters}`);
      for (let r = 0; r < SQL_REPEATS; r += 1) {
        start = performance.now();
        const rows = aggregate.all(vote.id) as Array<{ choice: string; n: number }>;
        electorate.get(vote.id);
        sqlTimes.push(performance.now() - start);
        const counted = rows.reduce((sum, row) => sum + row.n, 0);
        if (counted !== CLOSE_BALLOTS || rows.find((row) => row.choice === 'yes')?.n !== closed.result.counts.yes!.voters) throw new BenchFailure('the SQL aggregate disagrees with the tally');
      }
    }
    closeTimes.sort((a, b) => a - b);
    sqlTimes.sort((a, b) => a - b);
    const closeP50 = percentile(closeTimes, 50);
    const sqlP50 = percentile(sqlTimes, 50);

    return [
      '',
      '## Votes',
      '',
      renderTable(
        ['operation', 'through the function', 'direct SQLite', 'ratio'],
        [
          [`votes.cast (${count(via!.operations)} voters, one each)`, perSecond(via!.perSecond), perSecond(sql!.perSecond), ratio(sql!.perSecond / via!.perSecond)],
          ['  processor time per ballot', ms(via!.cpuMsPerOp), ms(sql!.cpuMsPerOp), ratio(via!.cpuMsPerOp / sql!.cpuMsPerOp)],
          [`closing a vote of ${count(CLOSE_BALLOTS)} ballots (closeVote itself; p50 of ${CLOSE_VOTES} / ${closeTimes.length * SQL_REPEATS})`, ms(closeP50), ms(sqlP50), ratio(closeP50 / sqlP50)],
        ],
        new Set([1, 2, 3]),
      ),
      '',
      'Direct SQLite: casting = INSERT turnout, conditional UPDATE of the vote’s turnout, INSERT ballot, in one transaction',
      '(same tables, same pragmas); closing = GROUP BY over the ballots plus a count of the electorate. The product’s',
      'close also reads the turnout, pairs ballots with participants, runs the tally with every statutory test, and',
      'writes the result in a conditional transaction. The closing votes’ electorates have no app users, so no notices.',
    ].join('\n');
  } finally {
    db.close();
    await closeShipped();
    await ports.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchVotes((message) => void process.stderr.write(`· ${message}\n`))
    .then((text) => console.log(text))
    .catch((error: unknown) => {
      console.error(error instanceof BenchFailure ? `bench failed: ${error.message}` : error);
      process.exit(1);
    });
}
