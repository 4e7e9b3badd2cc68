// Writing a case's history: every status change is one transaction that moves the report only if it is still
// in the status it was read with, and appends a ReportEvent. Two people racing for the same move: one wins.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../src/domain/roles';
import { move, type ReportMove } from '../../../src/domain/reports/status';
import type { Report, ReportEvent, ReportEventKind, ReportStatus } from '../../../src/domain/reports/types';
import type { Store } from '../../ports';
import type { StoreTx } from '../../ports/store';
import type { HandlerContext } from '../context';
import { conflict } from '../errors';

export const STALE_MESSAGE = '该问题刚刚被他人处理过，请刷新后重试';

export const newReportId = (): string => `r_${randomBytes(8).toString('hex')}`;

export const actorRoleOf = (actor: Actor): ReportEvent['actorRole'] => (actor.role === 'guest' ? 'resident' : actor.role);

/** Ids sort in the order events happened (sequence first), with a random tail so racing writers never collide. */
export async function nextEventId(store: Store, reportId: string, offset = 0): Promise<string> {
  const written = await store.count('reportEvents', { reportId });
  return `${reportId}:${String(written + 1 + offset).padStart(4, '0')}:${randomBytes(3).toString('hex')}`;
}

export function eventOf(
  id: string,
  reportId: string,
  kind: ReportEventKind,
  status: ReportStatus,
  actor: Actor,
  at: number,
  note?: string,
): ReportEvent {
  const event: ReportEvent = { id, reportId, kind, status, actorId: actor.userId, actorRole: actorRoleOf(actor), at };
  if (note) event.note = note;
  return event;
}

export interface MoveOptions {
  kind: ReportEventKind;
  /** Fields to change besides status and updatedAt; undefined removes a field. */
  patch?: Record<string, unknown>;
  note?: string;
  /** More writes that must land with the move (e.g. pending photo checks). */
  alongside?: (tx: StoreTx) => Promise<Record<string, unknown> | void>;
}

/** Applies a move of the status machine; refuses invalid moves and lost races with CONFLICT. */
export async function moveReport(ctx: HandlerContext, report: Report, which: ReportMove, options: MoveOptions): Promise<Report> {
  const outcome = move(report.status, which);
  if (!outcome.ok) throw conflict(outcome.reason, outcome.message);
  const now = ctx.clock.now();
  let patch: Record<string, unknown> = { ...options.patch, status: outcome.to, updatedAt: now };
  const event = eventOf(await nextEventId(ctx.store, report.id), report.id, options.kind, outcome.to, ctx.actor, now, options.note);
  await ctx.store.transaction(async (tx) => {
    const extra = await options.alongside?.(tx);
    if (extra) patch = { ...patch, ...extra };
    const moved = await tx.update('reports', report.id, patch, { status: report.status });
    if (!moved) throw conflict('stale', STALE_MESSAGE);
    await tx.insert('reportEvents', event);
  });
  return { ...report, ...patch } as Report;
}

/** An event that changes no status (hide, reopen link) written with a conditional patch. */
export async function recordEvent(
  ctx: HandlerContext,
  report: Report,
  kind: ReportEventKind,
  options: { patch?: Record<string, unknown>; where?: Record<string, string | number | boolean | null>; note?: string },
): Promise<Report> {
  const now = ctx.clock.now();
  const patch = { ...options.patch, updatedAt: now };
  const event = eventOf(await nextEventId(ctx.store, report.id), report.id, kind, report.status, ctx.actor, now, options.note);
  await ctx.store.transaction(async (tx) => {
    const updated = await tx.update('reports', report.id, patch, { status: report.status, ...options.where });
    if (!updated) throw conflict('stale', STALE_MESSAGE);
    await tx.insert('reportEvents', event);
  });
  return { ...report, ...patch } as Report;
}
