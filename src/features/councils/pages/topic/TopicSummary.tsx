// The topic itself: what it is, who proposed it, where it applies, and how its support stands.
import { Text, View } from '@tarojs/components';
import type { TopicDetailView } from '@/domain/councils/types';
import { Badge } from '@/components/Badge';
import { PhotoRow } from '@/components/PhotoRow';
import { useCouncilLabels } from '../../labels';
import { useCouncilT } from '../../messages';

export function TopicSummary({ topic }: { topic: TopicDetailView }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  const share = Math.min(100, Math.round((topic.supportCount * 100) / Math.max(1, topic.supportNeeded)));
  return (
    <View className='card council-card'>
      <View className='council-card__head'>
        <Text className='title'>{topic.title}</Text>
        <Badge tone={topic.status === 'declined' || topic.status === 'merged' ? 'muted' : 'brand'}>{labels.status(topic.status)}</Badge>
        {topic.supportedByMe ? <Badge>{t('topic.supported')}</Badge> : null}
      </View>
      <View className='council-card__meta'>
        <Text className='muted'>{topic.byCommittee ? t('topic.byCommittee') : t('topic.by', { name: topic.proposerName ?? '' })}</Text>
        <Text className='muted'>{t('topic.concerns', { places: labels.places(topic.places) })}</Text>
        <Text className='muted'>{labels.date(topic.timeline[0]?.at ?? 0)}</Text>
      </View>
      <Text className='body-text council-card__text'>{topic.description}</Text>
      <PhotoRow urls={topic.photoUrls} />
      {topic.status === 'proposal' ? (
        <View>
          <View className='progress' role='progressbar' aria-valuenow={topic.supportCount} aria-valuemax={topic.supportNeeded} aria-label={t('topic.supportProgress', { count: topic.supportCount, needed: topic.supportNeeded })}>
            <View className='progress__bar' style={{ width: `${share}%` }} />
          </View>
          <Text className='body-text'>{t('topic.supportProgress', { count: topic.supportCount, needed: topic.supportNeeded })}</Text>
          <Text className='muted'> · {t('topic.supportUntil', { date: labels.date(topic.supportUntil) })}</Text>
        </View>
      ) : null}
    </View>
  );
}
