// A topic's every step, oldest first: what happened, by whom, when, and the note (the server's notes are
// message references, rendered in the reader's language).
import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '@/domain/councils/types';
import { useNote } from '@/services/notes';
import { useCouncilLabels } from '../labels';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const labels = useCouncilLabels();
  const note = useNote();
  return (
    <View className='timeline' role='list'>
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className='timeline__entry' role='listitem'>
          <View className='timeline__dot' />
          <Text className='body-text timeline__title'>{labels.event(entry.kind)}</Text>
          <Text className='muted'>
            {labels.role(entry.actorRole)} · {labels.time(entry.at)}
          </Text>
          {entry.note ? <Text className='body-text timeline__note'>{note(entry.note)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
