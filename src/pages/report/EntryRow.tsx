// One large entry on the 随手拍 tab: a name, a line of explanation, and an optional count badge.
import { Text, View } from '@tarojs/components';
import { Badge } from '@/components/Badge';

export interface EntryRowProps {
  mark: string;
  title: string;
  description: string;
  counts?: Array<{ text: string; warning?: boolean }>;
  onOpen: () => void;
}

export function EntryRow({ mark, title, description, counts = [], onOpen }: EntryRowProps) {
  return (
    <View className='report-entry' role='link' onClick={onOpen}>
      <View className='report-entry__mark' aria-hidden='true'>
        {mark}
      </View>
      <View className='grow report-entry__text'>
        <Text className='body-text report-entry__title'>{title}</Text>
        <Text className='muted'>{description}</Text>
        {counts.length ? (
          <View className='report-entry__counts'>
            {counts.map((count) => (
              <Badge key={count.text} tone={count.warning ? 'warning' : 'brand'}>
                {count.text}
              </Badge>
            ))}
          </View>
        ) : null}
      </View>
      <Text className='report-entry__chevron'>›</Text>
    </View>
  );
}
