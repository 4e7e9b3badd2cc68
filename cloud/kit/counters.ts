// Short human numbers (a case's 2026-0042): a counter record per key, advanced inside the caller's transaction,
// so two records written at once never share a number and a failed write hands none out.
import type { StoreTx } from '../ports/store';
import { conflict } from '../handlers/errors';

interface CounterDoc {
  id: string;
  value: number;
}

/** The next number under `key` (1, 2, 3 …), taken inside the transaction that writes the numbered record. */
export async function nextNumber(tx: StoreTx, key: string): Promise<number> {
  const counter = await tx.get<CounterDoc>('counters', key);
  if (!counter) {
    await tx.insert<CounterDoc>('counters', { id: key, value: 1 });
    return 1;
  }
  // Conditional on the value read, so a concurrent taker on another engine cannot get the same number.
  if (!(await tx.update('counters', key, { value: counter.value + 1 }, { value: counter.value }))) throw conflict('common.stale');
  return counter.value + 1;
}

/** The year as people in China count it, for numbering per year. */
export const chinaYear = (now: number): number => new Date(now + 8 * 3_600_000).getUTCFullYear();
