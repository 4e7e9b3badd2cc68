// The bench's printout: the machine, the seeded data, the comparison table, and what lies behind the figures.
import { cpus, totalmem } from 'node:os';
import type { Latency, Throughput } from './measure';
import type { Inspection } from './querySpy';
import { count, ms, perSecond, ratio, renderTable, type Row } from './table';

export interface BenchResults {
  seeded: { reports: number; reportEvents: number; reportSupports: number; seconds: number };
  sqliteVersion: string;
  meters: number;
  worker: string;
  create: { via: Throughput; row: Throughput; filing: Throughput };
  nearby: { via: Latency; sql: Latency; bare: Latency; agreed: number; checked: number; hitsPerProbe: number };
  queue: { via: Latency; sql: Latency; size: number; sqlSize: number; agreed: boolean };
  /** The three measured actions, one call each. */
  measured: Inspection[];
  /** Other report reads on the same data, one call each: a full scan here means a missing index. */
  otherReads: Inspection[];
  directPlans: { nearby: string[]; queue: string[] };
}

const short = (value: unknown, max = 150): string => {
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const callsOf = (inspection: Inspection): string => Object.entries(inspection.calls).map(([op, n]) => `${op}×${n}`).join(', ');

export function renderReport(r: BenchResults): string {
  const cpu = cpus();
  const rows: Row[] = [
    [`reports created / s (${count(r.create.via.operations)} sequential each)`, perSecond(r.create.via.perSecond), perSecond(r.create.row.perSecond), ratio(r.create.row.perSecond / r.create.via.perSecond), 'INSERT report row, autocommit'],
    ['', '', perSecond(r.create.filing.perSecond), ratio(r.create.filing.perSecond / r.create.via.perSecond), 'all filing writes (number, photos, inbox), 1 tx'],
    'rule',
    [`open reports ≤ ${r.meters} m, p50 (${count(r.nearby.via.samples)} probes)`, ms(r.nearby.via.p50), ms(r.nearby.sql.p50), ratio(r.nearby.via.p50 / r.nearby.sql.p50), 'bbox + distance, with the caller’s answers'],
    [`open reports ≤ ${r.meters} m, p95`, ms(r.nearby.via.p95), ms(r.nearby.sql.p95), ratio(r.nearby.via.p95 / r.nearby.sql.p95), ''],
    ['  against the bare query, p50', '', ms(r.nearby.bare.p50), ratio(r.nearby.via.p50 / r.nearby.bare.p50), 'bbox + distance, cases only'],
    ['  against the bare query, p95', '', ms(r.nearby.bare.p95), ratio(r.nearby.via.p95 / r.nearby.bare.p95), ''],
    'rule',
    [`${r.worker} queue (${r.queue.size} cases), p50 (${count(r.queue.via.samples)} calls)`, ms(r.queue.via.p50), ms(r.queue.sql.p50), ratio(r.queue.via.p50 / r.queue.sql.p50), 'grid index, ORDER BY dueAt'],
    [`${r.worker} queue, p95`, ms(r.queue.via.p95), ms(r.queue.sql.p95), ratio(r.queue.via.p95 / r.queue.sql.p95), ''],
  ];

  const created = r.measured.find(({ label }) => label.startsWith('reports.create'))?.calls ?? {};
  const commits = ['transaction', 'insert', 'update', 'increment', 'remove', 'notify'].reduce((sum, op) => sum + (created[op] ?? 0), 0);

  const out = [
    '',
    `Linli bench — ${count(r.seeded.reports)} reports, ${count(r.seeded.reportEvents)} events, ${count(r.seeded.reportSupports)} "me too"s seeded in ${r.seeded.seconds.toFixed(1)} s`,
    `machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version} ${process.platform}-${process.arch}, SQLite ${r.sqliteVersion} (WAL, synchronous=FULL)`,
    '',
    renderTable(['operation', 'via the function', 'direct SQLite', 'ratio', 'direct side'], rows, new Set([1, 2, 3])),
    '',
    'via the function: the shipped cloud function (dist/cloud/functions/linli, built at the start of the run), called as the gateway calls it.',
    'ratio: how many times the direct SQLite figure beats the function (throughput: direct ÷ function; latency: function ÷ direct).',
    `same answers: nearby ${r.nearby.agreed}/${r.nearby.checked} probes found the same cases with the same "me too", own-case and photo answers (${r.nearby.hitsPerProbe.toFixed(1)} per probe on average); ` +
      `queue ${r.queue.agreed ? 'identical' : 'DIFFERENT'} (${r.queue.size} via the function, ${r.queue.sqlSize} direct).`,
    `filing waits on disk syncs: reports.create commits ${commits} times (direct: 1), each synced (synchronous=FULL); processor time per create ` +
      `${ms(r.create.via.cpuMsPerOp)} via the function, ${ms(r.create.row.cpuMsPerOp)} / ${ms(r.create.filing.cpuMsPerOp)} direct.`,
    '',
    'store work of one dispatcher call (the dispatcher itself first reads the user and the membership):',
  ];
  for (const inspection of r.measured) {
    out.push(`  ${inspection.label}: ${callsOf(inspection)}`);
    for (const { query, plan, fullScan } of inspection.queries) {
      out.push(`    ${fullScan ? 'FULL SCAN ' : ''}${query.op} ${query.collection} ${short(query.filter)}${query.options ? ` ${short(query.options)}` : ''}`);
      out.push(`      ${plan.join(' | ')}`);
    }
  }
  out.push('direct SQL plans:');
  out.push(`  nearby: ${r.directPlans.nearby.join(' | ')}`);
  out.push(`  queue:  ${r.directPlans.queue.join(' | ')}`);
  out.push('');
  out.push('index check, other report reads on the same data (one warm call each):');
  out.push(
    renderTable(
      ['call', 'time', 'reports queries'],
      r.otherReads.map((inspection) => {
        const reads = inspection.queries.filter(({ query }) => query.collection === 'reports');
        const scans = reads.filter(({ fullScan }) => fullScan);
        const plan = scans.length
          ? `FULL SCAN of reports for ${scans.map(({ query }) => short(query.filter, 80)).join('; ')}`
          : reads.length
            ? reads.map(({ plan: lines }) => lines[0]?.replace(/ \(.*$/, '') ?? '').join('; ')
            : 'by id only';
        return [inspection.label, ms(inspection.ms), plan];
      }),
      new Set([1]),
    ).replace(/^/gm, '  '),
  );
  return out.join('\n');
}
