// A poll's life: upcoming until it opens, open until it closes (at its closing time, or early by the committee),
// then closed. Settings may change only while upcoming; answers are taken only while open.
import { defineMachine } from '../common/machine';
import type { Poll, PollPhase } from './types';

export type PollMove = 'edit' | 'respond' | 'close';

export const POLL_MACHINE = defineMachine<PollPhase, PollMove>({
  edit: { from: ['upcoming'], to: 'upcoming' },
  respond: { from: ['open'], to: 'open' },
  close: { from: ['upcoming', 'open'], to: 'closed' },
});

/** The phase at `now`, from the stored status and the poll's times. */
export function phaseOf(poll: Pick<Poll, 'status' | 'opensAt' | 'closesAt'>, now: number): PollPhase {
  if (poll.status === 'closed' || now >= poll.closesAt) return 'closed';
  return now < poll.opensAt ? 'upcoming' : 'open';
}

/**
 * The condition a stored poll must still meet, inside the write, for a move made at `now`: the same rule as
 * phaseOf, written as a store filter so a poll closing meanwhile refuses the write.
 */
export function stillIn(phase: Exclude<PollPhase, 'closed'>, now: number): Record<string, string | { $lte?: number; $gt?: number }> {
  return phase === 'open'
    ? { status: 'open', opensAt: { $lte: now }, closesAt: { $gt: now } }
    : { status: 'open', opensAt: { $gt: now } };
}
