// A state-machine move that persists: the record changes status only if it is still in the status it was read
// with, and its event is written in the same transaction. Two people racing for the same move: one wins.
import type { Machine } from '../../src/domain/common/machine';
import type { Doc, StoreTx } from '../ports/store';
import type { HandlerContext } from '../handlers/context';
import { conflict } from '../handlers/errors';
import { randomHex } from './ids';

export interface Stateful<S extends string> extends Doc {
  status: S;
}

let sequence = 0;

/**
 * Event ids sort in the order events happened: time first, then this process's sequence (events written in one
 * millisecond keep their order), then a random tail so racing writers on other instances never collide.
 */
export function eventId(recordId: string, at: number): string {
  sequence = (sequence + 1) % 1e9;
  return `${recordId}:${String(at).padStart(15, '0')}:${String(sequence).padStart(9, '0')}:${randomHex(3)}`;
}

export interface MoveSpec<S extends string, M extends string, R extends Stateful<S>> {
  collection: string;
  machine: Machine<S, M>;
  record: R;
  move: M;
  /** Fields to change besides status and updatedAt. */
  patch?: Partial<R> | Record<string, unknown>;
  /** Extra conditions the record must still meet (besides its status). */
  where?: Record<string, string | number | boolean | null>;
  /** The event to append, given its id, the new status and the time; omitted when the record keeps no history. */
  event?: { collection: string; build: (id: string, to: S, at: number) => Doc };
  /** More writes that must land with the move; may add to the patch. */
  alongside?: (tx: StoreTx) => Promise<Record<string, unknown> | void>;
}

/** Applies a move: CONFLICT `common.invalidTransition` outside the machine, `common.stale` when a race was lost. */
export async function persistMove<S extends string, M extends string, R extends Stateful<S>>(
  ctx: Pick<HandlerContext, 'store' | 'clock'>,
  spec: MoveSpec<S, M, R>,
): Promise<R> {
  const outcome = spec.machine.move(spec.record.status, spec.move);
  if (outcome.kind !== 'ok') throw conflict('common.invalidTransition', { from: spec.record.status, move: spec.move });
  const now = ctx.clock.now();
  let patch: Record<string, unknown> = { ...spec.patch, status: outcome.to, updatedAt: now };
  await ctx.store.transaction(async (tx) => {
    const extra = await spec.alongside?.(tx);
    if (extra) patch = { ...patch, ...extra };
    const moved = await tx.update(spec.collection, spec.record.id, patch, { ...spec.where, status: spec.record.status });
    if (!moved) throw conflict('common.stale');
    if (spec.event) await tx.insert(spec.event.collection, spec.event.build(eventId(spec.record.id, now), outcome.to, now));
  });
  return { ...spec.record, ...patch } as R;
}
