// 填写调查: the poll, its questions to answer (or my answers, or why I cannot), its results when they are out,
// and the committee's close and export.
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PollDetail } from '@/domain/polls/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { openPage, POLLS } from '@/services/navigation';
import { PollHeader } from '../../components/PollHeader';
import { usePollsT } from '../../messages';
import { receiptOf } from '../../receipts';
import { AnswerForm } from './AnswerForm';
import { OverseerTools } from './OverseerTools';
import { Standing } from './Standing';
import '../../polls.scss';

function PollView({ poll, reload }: { poll: PollDetail; reload: () => void }) {
  const t = usePollsT();
  return (
    <View>
      <PollHeader poll={poll} />
      {poll.can.respond ? <AnswerForm poll={poll} onAnswered={reload} /> : <Standing poll={poll} />}
      <View className='poll-actions'>
        {poll.can.seeResults ? (
          <Button type='primary' fill='outline' block onClick={() => openPage(POLLS.results(poll.id))}>
            {t('answer.seeResults')}
          </Button>
        ) : (
          <Text className='muted'>{t('answer.resultsLater')}</Text>
        )}
      </View>
      {poll.can.exportCsv || poll.can.close ? <OverseerTools poll={poll} onClosed={reload} /> : null}
    </View>
  );
}

function Poll({ pollId }: { pollId: string }) {
  const detail = useCall('polls.detail', { pollId, receipt: receiptOf(pollId) });
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(poll) => <PollView poll={poll} reload={detail.reload} />}
    </StateView>
  );
}

export default function AnswerPage() {
  const t = usePollsT();
  const { params } = useRouter();
  return <PageShell title={t('answer.title')} className='polls-page'>{() => <Poll pollId={params.id ?? ''} />}</PageShell>;
}
