// Every status change of a case, oldest first: what happened, by which role, when, and the note given
// (the server's own notes are message references, rendered in the reader's language).
import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '@/domain/reports/types';
import { useNote } from '@/services/notes';
import { useReportLabels } from '../labels';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const labels = useReportLabels();
  const note = useNote();
  return (
    <View className='timeline' role='list'>
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className='timeline__entry' role='listitem'>
          <View className='timeline__dot' />
          <Text className='body-text timeline__title'>{labels.event(entry.kind)}</Text>
          <Text className='muted'>
            {labels.role(entry.actorRole)} · {labels.time(entry.at)} · {labels.status(entry.status)}
          </Text>
          {entry.note ? <Text className='body-text timeline__note'>{note(entry.note)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
