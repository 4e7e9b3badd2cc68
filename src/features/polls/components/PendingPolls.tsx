// The polls still waiting for my answer, for 首页 and 参与: nothing at all when none waits.
import { Text, View } from '@tarojs/components';
import { useCall, useReshow } from '@/components/useAsync';
import { Button } from '@/components/nutui';
import { openPage, POLLS } from '@/services/navigation';
import { usePollLabels } from '../labels';
import '../polls.scss';

export function PendingPolls() {
  const { t, day, settings } = usePollLabels();
  const pending = useCall('polls.pending');
  useReshow(pending.reload);
  if (pending.state.status !== 'ready' || pending.state.data.length === 0) return null;
  return (
    <View className='pending-polls' role='region' aria-label={t('pending.title')}>
      <Text className='section-title'>{t('pending.title')}</Text>
      {pending.state.data.map((poll) => (
        <View key={poll.id} className='card pending-polls__item'>
          <Text className='body-text pending-polls__title'>{poll.title}</Text>
          <Text className='muted'>{[t('pending.closes', { date: day(poll.closesAt) }), settings(poll)].join(' · ')}</Text>
          <Button className='pending-polls__go' type='primary' size='small' onClick={() => openPage(POLLS.answer(poll.id))}>
            {t('pending.answer')}
          </Button>
        </View>
      ))}
    </View>
  );
}
