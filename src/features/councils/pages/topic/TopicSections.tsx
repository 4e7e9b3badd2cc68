// What deliberation produced, each section once it exists: the meeting, its minutes, the vote, the published
// resolution with its figures, the plan, the published result, or why it was declined or where it was merged.
import { Text, View } from '@tarojs/components';
import type { TopicDetailView } from '@/domain/councils/types';
import { Button } from '@/components/nutui';
import { PhotoRow } from '@/components/PhotoRow';
import { COUNCILS, openPage } from '@/services/navigation';
import { ResultCard } from '../../components/ResultCard';
import { useCouncilLabels } from '../../labels';
import { useCouncilT } from '../../messages';

export function TopicSections({ topic }: { topic: TopicDetailView }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  return (
    <View>
      {topic.meeting ? (
        <View className='card stack'>
          <Text className='title'>{t('topic.meeting')}</Text>
          <Text className='body-text'>{t('topic.meetingAt', { at: labels.time(topic.meeting.at) })}</Text>
          <Text className='body-text'>{t('topic.meetingPlace', { place: topic.meeting.place })}</Text>
          <Text className='muted'>{t('topic.meetingInvited', { places: labels.places(topic.meeting.places) })}</Text>
        </View>
      ) : null}
      {topic.minutes ? (
        <View className='card'>
          <Text className='title'>{t('topic.minutes')}</Text>
          <Text className='muted'> {labels.date(topic.minutes.publishedAt)}</Text>
          <Text className='body-text council-card__text'>{topic.minutes.text}</Text>
          <PhotoRow urls={topic.minutes.photoUrls} />
        </View>
      ) : null}
      {topic.vote ? (
        <View className='card stack'>
          <Text className='title'>{t('topic.vote')}</Text>
          <Text className='body-text'>{topic.vote.question}</Text>
          <Text className='muted'>
            {labels.rule(topic.vote.rule)} · {labels.voteStatus(topic.vote.status)} · {t('vote.closes', { at: labels.time(topic.vote.closesAt) })}
          </Text>
          <Button type='primary' fill='outline' onClick={() => openPage(COUNCILS.vote(topic.vote!.id))}>
            {t('topic.openVote')}
          </Button>
        </View>
      ) : null}
      {topic.resolution ? (
        <View>
          <View className='card'>
            <Text className='title'>{t('topic.resolution')}</Text>
            <Text className='muted'> {t('topic.resolutionAt', { date: labels.date(topic.resolution.publishedAt) })}</Text>
          </View>
          {topic.resolution.result ? <ResultCard result={topic.resolution.result} options={topic.vote?.options ?? []} /> : null}
        </View>
      ) : null}
      {topic.implementation ? (
        <View className='card'>
          <Text className='title'>{t('topic.implementation')}</Text>
          <Text className='muted'> {labels.date(topic.implementation.startedAt)}</Text>
          <Text className='body-text council-card__text'>{topic.implementation.note}</Text>
        </View>
      ) : null}
      {topic.result ? (
        <View className='card'>
          <Text className='title'>{t('topic.result')}</Text>
          <Text className='muted'> {labels.date(topic.result.publishedAt)}</Text>
          <Text className='body-text council-card__text'>{topic.result.text}</Text>
          <PhotoRow urls={topic.result.photoUrls} />
        </View>
      ) : null}
      {topic.declineReason ? (
        <View className='card'>
          <Text className='title'>{t('topic.declined')}</Text>
          <Text className='body-text council-card__text'>{topic.declineReason}</Text>
        </View>
      ) : null}
      {topic.mergedInto ? (
        <View className='card' role='link' onClick={() => openPage(COUNCILS.topic(topic.mergedInto!.id))}>
          <Text className='body-text'>{t('topic.mergedInto', { title: topic.mergedInto.title })}</Text>
        </View>
      ) : null}
    </View>
  );
}
