// A handler's order of work: overdue cases first, then the nearest deadline.
import type { QueueItem } from '@/domain/reports/types';

export const overdueFirst = (items: QueueItem[]): QueueItem[] =>
  [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(b.flagged) - Number(a.flagged) || a.dueAt - b.dueAt);
