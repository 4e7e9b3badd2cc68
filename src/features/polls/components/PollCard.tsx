// One poll in a list: its title, phase and the reader's standing, when it runs and how it is answered.
import { Text, View } from '@tarojs/components';
import type { PollSummary } from '@/domain/polls/types';
import { Badge } from '@/components/Badge';
import { openPage, POLLS } from '@/services/navigation';
import { PHASE_TONE, usePollLabels } from '../labels';

export function PollCard({ poll }: { poll: PollSummary }) {
  const { t, settings, period } = usePollLabels();
  const mine = poll.mine === 'notEligible' ? null : t(`mine.${poll.mine}`);
  return (
    <View className='card poll-card' role='link' onClick={() => openPage(POLLS.answer(poll.id))}>
      <View className='row poll-card__head'>
        <Text className='title grow poll-card__title'>{poll.title}</Text>
        <Badge tone={PHASE_TONE[poll.phase]}>{t(`phase.${poll.phase}`)}</Badge>
      </View>
      <Text className='muted poll-card__line'>{[period(poll), settings(poll), t('poll.questions', { n: poll.questionCount })].join(' · ')}</Text>
      <View className='row poll-card__foot'>
        {mine ? <Badge tone={poll.mine === 'awaiting' ? 'warning' : 'muted'}>{mine}</Badge> : null}
        {poll.responseCount !== null ? <Text className='muted poll-card__count'>{t('poll.responses', { n: poll.responseCount })}</Text> : null}
      </View>
    </View>
  );
}
