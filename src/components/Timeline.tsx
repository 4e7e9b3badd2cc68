// A record's steps, oldest first: what happened, by whom and when, and the note given (the server's own notes
// are message references, rendered in the reader's language). Features say what each step is called.
import { Text, View } from '@tarojs/components';
import { useNote } from '@/services/notes';
import './Timeline.scss';

export interface TimelineStep {
  title: string;
  /** Who and when, e.g. 网格员 · 11月20日 09:30. */
  meta: string;
  note?: string | null;
}

export function Timeline({ steps }: { steps: TimelineStep[] }) {
  const note = useNote();
  return (
    <View className='timeline' role='list'>
      {steps.map((step, index) => (
        <View key={index} className='timeline__entry' role='listitem'>
          <View className='timeline__dot' />
          <Text className='body-text timeline__title'>{step.title}</Text>
          <Text className='muted'>{step.meta}</Text>
          {step.note ? <Text className='body-text timeline__note'>{note(step.note)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
