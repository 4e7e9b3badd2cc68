// 承诺书: the pledge's clauses; sign it after reading them again on a confirming sheet (or, for 门前三包, sign for
// one's shop), see one's card, withdraw; the wall is a tap away.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PledgeDetail } from '@/domain/pledges/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { useAction, useCall, useReshow } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import { openPage } from '@/services/navigation';
import { Progress } from '../../components/Progress';
import { SignSheet } from '../../components/SignSheet';
import { PLEDGES } from '../../links';
import { usePledgesT } from '../../messages';
import { useDay } from '../../useDay';
import '../../pledges.scss';

function Signature({ pledge, onWithdraw }: { pledge: PledgeDetail; onWithdraw: () => void }) {
  const t = usePledgesT();
  const day = useDay();
  const mine = pledge.mine!;
  const who = mine.as === 'household' ? t('pledge.signedHousehold', { name: mine.name, date: day(mine.createdAt) }) : t('pledge.signedOn', { name: mine.name, date: day(mine.createdAt) });
  return (
    <View className='card pledge-mine' role='status'>
      <Text className='body-text'>{who}</Text>
      <View className='row pledge-mine__buttons'>
        <Button className='grow' type='primary' onClick={() => openPage(PLEDGES.card(pledge.id))}>
          {t('pledge.card')}
        </Button>
        {mine.mayWithdraw ? (
          <Button className='grow' fill='outline' onClick={onWithdraw}>
            {t('pledge.withdraw')}
          </Button>
        ) : null}
      </View>
    </View>
  );
}

function PledgeScreen({ pledge, reload }: { pledge: PledgeDetail; reload: () => void }) {
  const t = usePledgesT();
  const words = useServerMessage();
  const sign = useAction('pledges.sign');
  const withdraw = useAction('pledges.withdraw');
  const steps = useStepSheet();
  const [signing, setSigning] = useState(false);

  return (
    <View>
      <View className='card pledge-text'>
        <Text className='muted'>{words(`pledgeKind.${pledge.kind}`)}</Text>
        <Text className='title'>{pledge.title}</Text>
        <Text className='muted'>{t('pledge.term', { term: pledge.term, audience: words(`audience.${pledge.audience}`) })}</Text>
        <Text className='body-text pledge-text__heading'>{t('pledge.clauses')}</Text>
        <View role='list'>
          {pledge.clauses.map((clause, index) => (
            <View key={clause} role='listitem' className='pledge-text__clause'>
              <Text className='body-text'>{`${index + 1}. ${clause}`}</Text>
            </View>
          ))}
        </View>
        <Progress count={pledge.signedCount} target={pledge.target} />
      </View>
      {pledge.mine ? (
        <Signature
          pledge={pledge}
          onWithdraw={() =>
            steps.ask({
              title: t('pledge.withdrawTitle'),
              message: t('pledge.withdrawMessage'),
              danger: true,
              run: async () => {
                const envelope = await withdraw.run({ pledgeId: pledge.id });
                if (!envelope.ok) return errorRef(envelope.error);
                reload();
                return null;
              },
            })
          }
        />
      ) : null}
      {pledge.status === 'closed' ? <Text className='muted actions'>{t('pledge.closedNote')}</Text> : null}
      <View className='actions pledge-actions'>
        {pledge.can.sign ? (
          <Button type='primary' block onClick={() => (sign.clearError(), setSigning(true))}>
            {t('pledge.sign')}
          </Button>
        ) : null}
        {pledge.can.signAsShop ? (
          <Button type='primary' block onClick={() => openPage(PLEDGES.shop(pledge.id))}>
            {t('pledge.signAsShop')}
          </Button>
        ) : null}
        <Button fill='outline' block onClick={() => openPage(PLEDGES.wall(pledge.id))}>
          {t('pledge.wall')}
        </Button>
      </View>
      <SignSheet
        pledge={pledge}
        open={signing}
        pending={sign.pending}
        error={sign.error}
        onCancel={() => setSigning(false)}
        onSign={async (showName) => {
          const envelope = await sign.run({ pledgeId: pledge.id, showName });
          if (!envelope.ok) return;
          setSigning(false);
          reload();
        }}
      />
      {steps.sheet}
    </View>
  );
}

function Pledge({ pledgeId }: { pledgeId: string }) {
  const detail = useCall('pledges.detail', { pledgeId });
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(pledge) => <PledgeScreen pledge={pledge} reload={detail.reload} />}
    </StateView>
  );
}

export default function PledgePage() {
  const t = usePledgesT();
  const { params } = useRouter();
  const pledgeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('pledge.title')}>{pledgeId ? <Pledge pledgeId={pledgeId} /> : null}</PageShell>;
}
