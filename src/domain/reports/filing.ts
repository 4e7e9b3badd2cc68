// A case's timeline starts with its filing, and the case record itself carries it: who filed it (by role), when,
// for whom (代办) or as the return of which closed case. Events record only what happened after, so filing a case
// writes one record less. Cases filed before the record carried its filing kept a stored first event instead.
import type { Report, ReportEvent, TimelineEntry } from './types';

/**
 * The first entry of a case's timeline, as its record tells it. A 代办 filing is a 'submitted' entry whatever else
 * it is, so the resident's name it carries stays among the notes the public never sees.
 */
export function filingEntryOf(report: Report): TimelineEntry {
  const entry: TimelineEntry = {
    kind: report.reopenedFrom && !report.filedBy ? 'reopened' : 'submitted',
    status: 'submitted',
    actorRole: report.reporterRole ?? (report.filedBy ? 'grid_worker' : 'resident'),
    at: report.createdAt,
  };
  if (report.filedBy) entry.note = `@report.noteOnBehalf?name=${encodeURIComponent(report.filedBy.onBehalfOf)}`;
  else if (report.reopenedFrom) entry.note = '@report.noteReopened';
  return entry;
}

/** Whether the stored events hold the case's filing, as they did for cases filed before the record carried it. */
export function storesFiling(report: Report, events: readonly ReportEvent[]): boolean {
  return events.some((event) => event.at === report.createdAt && event.status === 'submitted' && (event.kind === 'submitted' || event.kind === 'reopened'));
}
