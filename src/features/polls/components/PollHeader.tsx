// The top of a poll: its title, phase, when it runs, how it is answered, whom it asks, and what it is for.
import { Text, View } from '@tarojs/components';
import type { PollDetail } from '@/domain/polls/types';
import { Badge } from '@/components/Badge';
import { PHASE_TONE, usePollLabels } from '../labels';

export function PollHeader({ poll }: { poll: PollDetail }) {
  const { t, settings, period } = usePollLabels();
  const audience = poll.audienceNames.length ? poll.audienceNames.join('、') : t('poll.wholeCommunity');
  return (
    <View className='card poll-head'>
      <Text className='title poll-head__title'>{poll.title}</Text>
      <View className='row poll-head__badges'>
        <Badge tone={PHASE_TONE[poll.phase]}>{t(`phase.${poll.phase}`)}</Badge>
        <Badge tone='muted'>{audience}</Badge>
      </View>
      <Text className='muted'>{[period(poll), settings(poll)].join(' · ')}</Text>
      {poll.responseCount !== null ? <Text className='muted'>{t('poll.responses', { n: poll.responseCount })}</Text> : null}
      {poll.description ? <Text className='body-text'>{poll.description}</Text> : null}
    </View>
  );
}
