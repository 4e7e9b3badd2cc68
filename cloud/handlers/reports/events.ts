// A case's history: every status change goes through the kit's persisted move (record + event in one conditional
// transaction); events that change no status are written the same way, conditional on the status read.
import type { Actor } from '../../../src/domain/roles';
import { REPORT_MACHINE, type ReportMove } from '../../../src/domain/reports/status';
import type { Report, ReportEvent, ReportEventKind, ReportStatus } from '../../../src/domain/reports/types';
import { eventId, persistMove } from '../../kit/moves';
import type { StoreTx } from '../../ports/store';
import type { HandlerContext } from '../context';
import { conflict } from '../errors';
import { newId } from '../../kit/ids';

export const newReportId = (): string => newId('r');

export const actorRoleOf = (actor: Actor): ReportEvent['actorRole'] => (actor.role === 'guest' ? 'resident' : actor.role);

export function eventOf(reportId: string, kind: ReportEventKind, status: ReportStatus, actor: Actor, at: number, note?: string): ReportEvent {
  const event: ReportEvent = { id: eventId(reportId, at), reportId, kind, status, actorId: actor.userId, actorRole: actorRoleOf(actor), at };
  if (note) event.note = note;
  return event;
}

export interface MoveOptions {
  kind: ReportEventKind;
  /** Fields to change besides status and updatedAt; undefined removes a field. */
  patch?: Record<string, unknown>;
  /** Further conditions the case must still meet when the move lands. */
  where?: Record<string, string | number | boolean | null>;
  note?: string;
  /** More writes that must land with the move (e.g. pending photo checks). */
  alongside?: (tx: StoreTx) => Promise<Record<string, unknown> | void>;
}

/** Applies a move of the status machine; refuses invalid moves and lost races with CONFLICT. */
export async function moveReport(ctx: HandlerContext, report: Report, which: ReportMove, options: MoveOptions): Promise<Report> {
  try {
    return await persistMove(ctx, {
      collection: 'reports',
      machine: REPORT_MACHINE,
      record: report,
      move: which,
      patch: options.patch,
      where: options.where,
      alongside: options.alongside,
      event: { collection: 'reportEvents', build: (_id, to, at) => eventOf(report.id, options.kind, to, ctx.actor, at, options.note) },
    });
  } catch (error) {
    if (error instanceof Error && 'reason' in error && error.reason === 'common.invalidTransition') {
      throw conflict('report.invalidTransition', { status: `@status.${report.status}` });
    }
    if (error instanceof Error && 'reason' in error && error.reason === 'common.stale') throw conflict('report.stale');
    throw error;
  }
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
  const event = eventOf(report.id, kind, report.status, ctx.actor, now, options.note);
  await ctx.store.transaction(async (tx) => {
    const updated = await tx.update('reports', report.id, patch, { status: report.status, ...options.where });
    if (!updated) throw conflict('report.stale');
    await tx.insert('reportEvents', event);
  });
  return { ...report, ...patch } as Report;
}
