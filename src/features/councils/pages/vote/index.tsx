// 表决: what is decided and how, the ballot (large choices) while it is open and the caller may vote, the
// caller's standing otherwise, the result once closed; for the committee turnout, paper ballots and the tally file.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { VoteView } from '@/domain/votes/types';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall, useReshow } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { COUNCILS, openPage } from '@/services/navigation';
import { ResultCard } from '../../components/ResultCard';
import { useCouncilT } from '../../messages';
import { Ballot } from './Ballot';
import { useVoteSteps } from './useVoteSteps';
import { VoteHeader } from './VoteHeader';
import '../../councils.scss';

const STANDING = {
  voted: 'vote.voted',
  voted_on_paper: 'vote.votedOnPaper',
  not_eligible: 'vote.notEligible',
} as const;

function Standing({ vote }: { vote: VoteView }) {
  const t = useCouncilT();
  const status = vote.me.status;
  if (status === 'can_vote') return vote.status === 'draft' ? <Text className='body-text card'>{t('vote.notOpen')}</Text> : null;
  const key = status === 'household_voted' ? (vote.electorateKind === 'owners' ? 'vote.ownerVoted' : 'vote.householdVoted') : STANDING[status];
  return (
    <View className='card' role='status'>
      <Text className='body-text'>{t(key)}</Text>
    </View>
  );
}

function VoteScreen({ vote, reload }: { vote: VoteView; reload: () => void }) {
  const t = useCouncilT();
  const message = useServerMessage();
  const steps = useVoteSteps(vote.id, reload);
  const [error, setError] = useState<string | null>(null);
  const closed = vote.status === 'closed';
  return (
    <View>
      <VoteHeader vote={vote} />
      {vote.can.cast ? <Ballot vote={vote} cast={steps.cast} /> : <Standing vote={vote} />}
      {!closed ? (
        <View className='card stack'>
          <Text className='muted'>{t('vote.hidden')}</Text>
          {vote.turnout !== null && vote.electorateSize !== null ? <Text className='body-text'>{t('vote.turnoutNow', { count: vote.turnout, size: vote.electorateSize })}</Text> : null}
        </View>
      ) : null}
      {closed && vote.result ? <ResultCard result={vote.result} options={vote.options} /> : null}
      {closed && vote.problem ? <Text className='form-error card'>{t('vote.problem', { problem: vote.problem })}</Text> : null}
      <View className='actions stack'>
        {error ? <Text className='form-error'>{message(error)}</Text> : null}
        {vote.can.electors ? (
          <Button block type='primary' fill='outline' onClick={() => openPage(COUNCILS.electors(vote.id))}>
            {vote.can.castPaper ? `${t('vote.electors')} · ${t('vote.paper')}` : t('vote.electors')}
          </Button>
        ) : null}
        {vote.can.tallyFile ? (
          <Button block type='primary' fill='outline' onClick={() => void steps.tallyFile().then(setError)}>
            {t('vote.tallyFile')}
          </Button>
        ) : null}
      </View>
    </View>
  );
}

function Vote({ voteId }: { voteId: string }) {
  const detail = useCall('votes.detail', { voteId });
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(vote) => <VoteScreen vote={vote} reload={detail.reload} />}
    </StateView>
  );
}

export default function VotePage() {
  const t = useCouncilT();
  const { params } = useRouter();
  const voteId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('vote.title')}>{voteId ? <Vote voteId={voteId} /> : null}</PageShell>;
}
