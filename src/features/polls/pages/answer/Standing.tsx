// Where the reader stands with the poll when there is nothing to answer: their answers, or why not.
import { Text, View } from '@tarojs/components';
import type { PollDetail } from '@/domain/polls/types';
import { MyAnswers } from '../../components/MyAnswers';
import { usePollsT } from '../../messages';

export function Standing({ poll }: { poll: PollDetail }) {
  const t = usePollsT();
  if (poll.mine === 'answered') {
    return (
      <View>
        {poll.myAnswers ? <MyAnswers questions={poll.questions} answers={poll.myAnswers} /> : <Text className='body-text poll-note'>{t('answer.submitted')}</Text>}
        {poll.anonymous ? <Text className='muted poll-note'>{t('answer.anonymousKept')}</Text> : null}
      </View>
    );
  }
  const note =
    poll.mine === 'householdAnswered'
      ? t('answer.householdDone')
      : poll.phase === 'upcoming'
        ? t('answer.notOpenYet')
        : poll.phase === 'closed'
          ? t('answer.closed')
          : t('answer.staff');
  return <Text className='body-text poll-note'>{note}</Text>;
}
