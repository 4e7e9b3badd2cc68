// A case's timeline starts with its filing, and the case record itself carries it: who filed it (by role), when,
// for whom (代办) or as the return of which closed case. Events record only what happened after, so filing a case
// writes one record less. Cases filed before the record carried its filing kept a stored first event instead.
import type { Report, ReportEvent, TimelineEntry } from './types';

/** The first entry of a case's timeline, as its record tells it. */
export function filingEntryOf(report: Report): TimelineEntry {
  const entry: TimelineEntry = {
    kind: report.reopenedFrom ? 'reopened' : 'submitted',
    status: 'submitted',
    actorRole: report.reporterRole ?? (report.filedBy ? 'grid_worker' : 'resident'),
    at: report.createdAt,
  };
  if (report.filedBy) entry.note = `@report.noteOnBehalf?name=${encodeURIComponent(report.filedBy.onBehalfOf)}`;
  else if (report.reopenedFrom) entry.note = '@report.noteReopened';
  return entry;
}

/** Whether the stored events begin with the case's filing, as they did for cases filed before the record carried it. */
export function startsWithFiling(report: Report, events: readonly ReportEvent[]): boolean {
  const first = events[0];
  return !!first && first.at === report.createdAt && (first.kind === 'submitted' || first.kind === 'reopened') && first.status === 'submitted';
}
