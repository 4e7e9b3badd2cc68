// Every status change of a case, oldest first: what happened, by which role, when and into which status.
import type { TimelineEntry } from '@/domain/reports/types';
import { Timeline } from '@/components/Timeline';
import { useReportLabels } from '../labels';

export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const labels = useReportLabels();
  const steps = entries.map((entry) => ({
    title: labels.event(entry.kind),
    meta: `${labels.role(entry.actorRole)} · ${labels.time(entry.at)} · ${labels.status(entry.status)}`,
    note: entry.note,
  }));
  return <Timeline steps={steps} />;
}
