// A topic's every step, oldest first: what happened, by whom and when.
import type { TimelineEntry } from '@/domain/councils/types';
import { Timeline } from '@/components/Timeline';
import { useCouncilLabels } from '../labels';

export function TopicTimeline({ entries }: { entries: TimelineEntry[] }) {
  const labels = useCouncilLabels();
  const steps = entries.map((entry) => ({
    title: labels.event(entry.kind),
    meta: `${labels.role(entry.actorRole)} · ${labels.time(entry.at)}`,
    note: entry.note,
  }));
  return <Timeline steps={steps} />;
}
