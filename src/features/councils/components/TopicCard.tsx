// One topic in the list: its title and stage, support so far, where it applies, how much is said about it.
import { Image, Text, View } from '@tarojs/components';
import type { TopicListItem } from '@/domain/councils/types';
import { Badge } from '@/components/Badge';
import { COUNCILS, openPage } from '@/services/navigation';
import { useCouncilLabels } from '../labels';
import { useCouncilT } from '../messages';

export function TopicCard({ topic }: { topic: TopicListItem }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  return (
    <View className='card council-card' role='link' onClick={() => openPage(COUNCILS.topic(topic.id))}>
      <View className='council-card__head'>
        <Text className='title'>{topic.title}</Text>
        <Badge tone={topic.status === 'declined' || topic.status === 'merged' ? 'muted' : topic.status === 'accepted' ? 'brand' : 'warning'}>{labels.status(topic.status)}</Badge>
      </View>
      {topic.thumbUrl ? <Image className='photo-row__image' src={topic.thumbUrl} mode='aspectFill' /> : null}
      <View className='council-card__meta'>
        <Text className='muted'>{labels.places(topic.places)}</Text>
        {topic.status === 'proposal' ? <Text className='muted'>{t('topics.support', { count: topic.supportCount, needed: topic.supportNeeded })}</Text> : null}
        {topic.outcome ? <Text className='muted'>{labels.outcome(topic.outcome)}</Text> : null}
        <Text className='muted'>{t('topics.comments', { count: topic.commentCount })}</Text>
      </View>
    </View>
  );
}
