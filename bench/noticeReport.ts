// The notice bench's printout: seeded data, the comparison table, the designs not taken, and the store work behind each figure.
import type { ReadCount } from '../src/domain/notices/types';
import type { Latency } from './measure';
import type { Inspection } from './querySpy';
import { count, ms, ratio, renderTable, type Row } from './table';

export interface NoticeBenchResults {
  seeded: { notices: number; feedRows: number; households: number; residents: number; reads: number; buildings: number; seconds: number; at: number };
  reader: string;
  feed: { via: Latency; sql: Latency; sqlIn: Latency; items: number; same: boolean };
  stats: { via: Latency; sql: Latency; sqlTallies: Latency; households: ReadCount; residents: ReadCount; buildings: number; same: boolean };
  notTaken: { oneIn: { via: Latency; sql: Latency }; counting: { via: Latency; sql: Latency } };
  inspections: Inspection[];
  directPlans: { feed: string[]; feedIn: string[]; reads: string[] };
}

const short = (value: unknown, max = 150): string => {
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** p50 and p95 of one side beside one or more direct versions of the same read, each on its own line. */
const pair = (label: string, via: Latency, directs: Array<[Latency, string]>): Row[] =>
  (['p50', 'p95'] as const).flatMap((p) =>
    directs.map(([sql, note], index): string[] => [
      index ? '' : `${label}, ${p}${p === 'p50' ? ` (${count(via.samples)} calls)` : ''}`,
      index ? '' : ms(via[p]),
      ms(sql[p]),
      ratio(via[p] / sql[p]),
      p === 'p50' ? note : '',
    ]),
  );

export function renderNoticeReport(r: NoticeBenchResults): string {
  const rate = (c: ReadCount) => `${count(c.read)}/${count(c.total)} (${((100 * c.read) / Math.max(1, c.total)).toFixed(0)}%)`;
  const rows: Row[] = [
    ...pair(`home feed of ${r.reader} (${r.feed.items} rows)`, r.feed.via, [
      [r.feed.sql, 'each of the 3 keys in index order, UNION ALL, JOIN notices'],
      [r.feed.sqlIn, 'key IN (3 keys): gathers and sorts every match'],
    ]),
    'rule',
    ...pair(`知晓率, ${count(r.stats.households.total)} households`, r.stats.via, [
      [r.stats.sql, 'GROUP BY building over the raw reads'],
      [r.stats.sqlTallies, 'the kept per-building counts'],
    ]),
  ];
  const notTaken: Row[] = [
    ...pair('feed page as one `$in` read (store)', r.notTaken.oneIn.via, [[r.notTaken.oneIn.sql, 'vs the direct feed']]),
    'rule',
    ...pair('知晓率 by counting reads per building (store)', r.notTaken.counting.via, [[r.notTaken.counting.sql, 'vs the direct GROUP BY']]),
  ];
  const out = [
    '',
    `Linli bench, notices — ${count(r.seeded.notices)} notices in 幸福里 (${count(r.seeded.feedRows)} feed rows); ` +
      `a community of ${count(r.seeded.households)} households in ${r.seeded.buildings} buildings, ${count(r.seeded.residents)} residents, ` +
      `${count(r.seeded.reads)} reads of one notice; seeded in ${r.seeded.seconds.toFixed(1)} s`,
    '',
    renderTable(['operation', 'via the function', 'direct SQLite', 'ratio', 'direct side'], rows, new Set([1, 2, 3])),
    '',
    'ratio: function ÷ direct (latency). The function (as shipped, called as the gateway calls it) figures include validation, resolving the caller (user + membership) and the views.',
    `same answers: feed ${r.feed.same ? 'identical' : 'DIFFERENT'} (ids, order and read marks); ` +
      `知晓率 ${r.stats.same ? 'identical' : 'DIFFERENT'}: households ${rate(r.stats.households)}, residents ${rate(r.stats.residents)}, ${r.stats.buildings} buildings.`,
    '',
    'designs not taken, through the source store (with the recording wrapper) beside the same direct SQL:',
    renderTable(['operation', 'store', 'direct SQLite', 'ratio', ''], notTaken, new Set([1, 2, 3])).replace(/^/gm, '  '),
    '',
    'store work of one dispatcher call:',
  ];
  for (const inspection of r.inspections) {
    const calls = Object.entries(inspection.calls).map(([op, n]) => `${op}×${n}`).join(', ');
    out.push(`  ${inspection.label}: ${ms(inspection.ms)}, ${calls}`);
    const seen = new Set<string>();
    for (const { query, plan, fullScan } of inspection.queries) {
      const line = `${fullScan ? 'FULL SCAN ' : ''}${query.op} ${query.collection} ${short(query.filter, 110)}`;
      const key = `${query.op} ${query.collection} ${plan.join('|')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`    ${line}`);
      out.push(`      ${plan.join(' | ')}`);
    }
  }
  out.push('direct SQL plans:');
  out.push(`  feed:    ${r.directPlans.feed.join(' | ')}`);
  out.push(`  feed IN: ${r.directPlans.feedIn.join(' | ')}`);
  out.push(`  reads:   ${r.directPlans.reads.join(' | ')}`);
  return out.join('\n');
}
