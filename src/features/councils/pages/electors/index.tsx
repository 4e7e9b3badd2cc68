// 参与名单 (committee): every elector, whether and how they took part — never their choice; while the vote is open
// a paper ballot (at the meeting or door to door) can be entered for one who has not voted yet.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ElectorRow, VoteView } from '@/domain/votes/types';
import { Badge } from '@/components/Badge';
import { Field } from '@/components/Field';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { useCall } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { call } from '@/services/api';
import { errorRef } from '@/services/i18n';
import { useT } from '@/services/messages';
import { ChipPicker } from '../../components/ChipPicker';
import { useCouncilT } from '../../messages';
import '../../councils.scss';

function usePaperBallot(voteId: string, done: () => void) {
  const t = useCouncilT();
  return async (row: ElectorRow, choice: string[], channel: 'meeting' | 'door'): Promise<string | null> => {
    const answer = await call('votes.castPaper', { voteId, voterKey: row.voterKey, choice, channel });
    if (!answer.ok) return errorRef(answer.error);
    void Taro.showToast({ title: t('electors.entered'), icon: 'success' });
    done();
    return null;
  };
}

function Electors({ vote }: { vote: VoteView }) {
  const t = useCouncilT();
  const shell = useT();
  const list = usePagedCall('votes.electors', { voteId: vote.id });
  const sheet = useStepSheet();
  const enter = usePaperBallot(vote.id, list.reload);
  const [channel, setChannel] = useState<'meeting' | 'door'>('door');
  const labelOf = (key: string) => (vote.kind === 'yes_no' ? t(`vote.${key as 'yes' | 'no' | 'abstain'}`) : vote.options.find((option) => option.key === key)?.label ?? key);

  // Where the paper ballots come from is set once for the round (the meeting, or going door to door).
  const askPaper = (row: ElectorRow) =>
    sheet.ask({
      title: t('electors.enterFor', { label: row.label }),
      message: t('electors.channelIs', { channel: t(`electors.${channel}`) }),
      choices: vote.options.map((option) => ({ value: option.key, label: labelOf(option.key) })),
      run: ({ choice }) => (choice ? enter(row, [choice], channel) : Promise.resolve('field.required')),
    });

  return (
    <View>
      <View className='card'>
        <Text className='title'>{vote.question}</Text>
        <Text className='muted council-card__text'>{t('electors.what')}</Text>
        {vote.can.castPaper ? (
          <Field label={t('electors.channel')}>
            <ChipPicker label={t('electors.channel')} value={channel} onChange={setChannel} options={[{ value: 'meeting', label: t('electors.meeting') }, { value: 'door', label: t('electors.door') }]} />
          </Field>
        ) : null}
      </View>
      <View className='card'>
        <PagedList list={list} empty={{ title: t('electors.notYet'), mark: shell('mark.empty') }}>
          {(row) => (
            <View key={row.voterKey} className='elector-row'>
              <Text className='body-text grow'>{row.label}</Text>
              {row.tookPart ? (
                <Badge>{`${t('electors.took')} · ${t(`electors.${row.channel ?? 'online'}`)}`}</Badge>
              ) : vote.can.castPaper ? (
                <Button size='small' type='primary' fill='outline' onClick={() => askPaper(row)}>
                  {t('electors.enter')}
                </Button>
              ) : (
                <Badge tone='muted'>{t('electors.notYet')}</Badge>
              )}
            </View>
          )}
        </PagedList>
      </View>
      {sheet.sheet}
    </View>
  );
}

function ElectorsOf({ voteId }: { voteId: string }) {
  const vote = useCall('votes.detail', { voteId });
  return (
    <StateView state={vote.state} onRetry={vote.reload} isEmpty={() => false}>
      {(data) => <Electors vote={data} />}
    </StateView>
  );
}

export default function ElectorsPage() {
  const t = useCouncilT();
  const { params } = useRouter();
  const voteId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('electors.title')}>{voteId ? <ElectorsOf voteId={voteId} /> : null}</PageShell>;
}
