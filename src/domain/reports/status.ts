// The status machine of a case: exactly these moves exist; anything else is refused with a reason.
import { defineMachine } from '../common/machine';
import type { ReportLevel, ReportStatus } from './types';

export type ReportMove =
  | 'accept'
  | 'start'
  | 'escalate'
  | 'resolve'
  | 'confirm'
  | 'reject'
  | 'reassign'
  | 'markDuplicate';

/** From which statuses each move may be made, and the status it leads to. */
export const REPORT_MACHINE = defineMachine<ReportStatus, ReportMove>({
  accept: { from: ['submitted'], to: 'accepted' },
  start: { from: ['accepted'], to: 'in_progress' },
  escalate: { from: ['submitted', 'accepted', 'in_progress'], to: 'submitted' },
  resolve: { from: ['accepted', 'in_progress'], to: 'resolved' },
  confirm: { from: ['resolved'], to: 'closed' },
  reject: { from: ['resolved'], to: 'in_progress' },
  reassign: { from: ['submitted', 'accepted', 'in_progress'], to: 'submitted' },
  markDuplicate: { from: ['submitted', 'accepted', 'in_progress'], to: 'duplicate' },
});

/** Cases still being worked on: they can be supported ("me too") and count as duplicates nearby. */
export const OPEN_STATUSES: readonly ReportStatus[] = ['submitted', 'accepted', 'in_progress', 'resolved'];
/** Cases whose deadline still runs: overdue applies only to these. */
export const ACTIVE_STATUSES: readonly ReportStatus[] = ['submitted', 'accepted', 'in_progress'];

export const REJECTIONS_BEFORE_FLAG = 3;
/** 督办: a case whose fix the reporter has rejected this many times is flagged to the committee. */
export const shouldFlag = (rejections: number): boolean => rejections >= REJECTIONS_BEFORE_FLAG;
export const REOPEN_WINDOW_DAYS = 30;
export const NEARBY_METERS = 50;

export const STATUS_LABELS: Record<ReportStatus, { zh: string; en: string }> = {
  submitted: { zh: '待受理', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  in_progress: { zh: '处理中', en: 'In progress' },
  resolved: { zh: '待核查', en: 'Awaiting check' },
  closed: { zh: '已办结', en: 'Closed' },
  duplicate: { zh: '重复上报', en: 'Duplicate' },
};

/** The next level up when escalating (逐级上报), or null at the top. */
export const nextLevel = (level: ReportLevel): ReportLevel | null =>
  level === 'grid' ? 'community' : level === 'community' ? 'street' : null;

export const isOverdue = (report: { status: ReportStatus; dueAt: number }, now: number): boolean =>
  ACTIVE_STATUSES.includes(report.status) && report.dueAt < now;
