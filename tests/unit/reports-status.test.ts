// The status machine allows exactly the moves of its table; every other move answers invalid_transition by name.
import { isOverdue, nextLevel, REPORT_MACHINE, shouldFlag, type ReportMove } from '../../src/domain/reports/status';
import type { ReportStatus } from '../../src/domain/reports/types';

const STATUSES: ReportStatus[] = ['submitted', 'accepted', 'in_progress', 'resolved', 'closed', 'duplicate'];
const ALLOWED: Record<ReportMove, Partial<Record<ReportStatus, ReportStatus>>> = {
  accept: { submitted: 'accepted' },
  start: { accepted: 'in_progress' },
  escalate: { submitted: 'submitted', accepted: 'submitted', in_progress: 'submitted' },
  resolve: { accepted: 'resolved', in_progress: 'resolved' },
  confirm: { resolved: 'closed' },
  reject: { resolved: 'in_progress' },
  reassign: { submitted: 'submitted', accepted: 'submitted', in_progress: 'submitted' },
  markDuplicate: { submitted: 'duplicate', accepted: 'duplicate', in_progress: 'duplicate' },
};

const move = REPORT_MACHINE.move;

describe('REPORT_MACHINE', () => {
  it('declares exactly the moves this table expects', () => {
    expect(Object.keys(REPORT_MACHINE.moves).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const which of Object.keys(ALLOWED) as ReportMove[]) {
    for (const from of STATUSES) {
      const to = ALLOWED[which][from];
      it(`${which} from ${from} ${to ? `leads to ${to}` : 'is refused'}`, () => {
        const outcome = move(from, which);
        if (to) expect(outcome).toEqual({ kind: 'ok', to });
        else expect(outcome).toEqual({ kind: 'invalid_transition', from, move: which });
      });
    }
  }

  it('leaves closed and duplicate cases terminal: no move leads out of them', () => {
    for (const which of Object.keys(REPORT_MACHINE.moves) as ReportMove[]) {
      expect(move('closed', which).kind).toBe('invalid_transition');
      expect(move('duplicate', which).kind).toBe('invalid_transition');
    }
  });
});

describe('levels, flags and deadlines', () => {
  it('escalates grid → community → street and no further', () => {
    expect(nextLevel('grid')).toBe('community');
    expect(nextLevel('community')).toBe('street');
    expect(nextLevel('street')).toBeNull();
  });

  it('flags a case at the third rejection, not before', () => {
    expect([0, 1, 2, 3, 4].map(shouldFlag)).toEqual([false, false, false, true, true]);
  });

  it('counts only running cases past their deadline as overdue', () => {
    const now = 1_000_000;
    expect(isOverdue({ status: 'in_progress', dueAt: now - 1 }, now)).toBe(true);
    expect(isOverdue({ status: 'submitted', dueAt: now }, now)).toBe(false);
    expect(isOverdue({ status: 'resolved', dueAt: now - 1 }, now)).toBe(false);
    expect(isOverdue({ status: 'closed', dueAt: now - 1 }, now)).toBe(false);
  });
});
