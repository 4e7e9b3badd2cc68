// 承诺墙: the count against the target, coverage, signers who chose to be named, and 践诺 — what signers have done
// since they signed, verified (a report they confirmed fixed, a tree's care staff verified, volunteer hours).
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActView } from '@/domain/common/acts';
import { actMessageKey } from '@/domain/common/acts';
import { msg } from '@/domain/common/messages';
import { coveragePercent } from '@/domain/pledges/rules';
import type { PledgeWall } from '@/domain/pledges/types';
import { PageShell } from '@/components/PageShell';
import { EmptyState, StateView } from '@/components/StateView';
import { useCall, useReshow } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { openPage } from '@/services/navigation';
import { Progress } from '../../components/Progress';
import { usePledgesT } from '../../messages';
import { useDay } from '../../useDay';
import '../../pledges.scss';

function ActRow({ act }: { act: ActView }) {
  const t = usePledgesT();
  const words = useServerMessage();
  const day = useDay();
  const who = act.name ? (act.as === 'household' ? t('wall.household', { name: act.name }) : act.name) : t('wall.someone');
  const text = `${who} ${words(msg(actMessageKey(act.kind), act.params))}`;
  return (
    <View className='wall-act' role='listitem' onClick={() => act.link && openPage(act.link)}>
      <Text className='body-text'>{text}</Text>
      <Text className='muted'>{day(act.at)}</Text>
    </View>
  );
}

function Wall({ wall }: { wall: PledgeWall }) {
  const t = usePledgesT();
  const shell = useT();
  const percent = coveragePercent(wall.coverage.signed, wall.coverage.of);
  return (
    <View>
      <View className='card wall-head'>
        <Text className='title'>{wall.title}</Text>
        <Text className='muted'>{wall.term}</Text>
        <View className='row wall-head__numbers'>
          <Text className='wall-head__count'>{t('wall.count', { count: wall.signedCount })}</Text>
          <Text className='muted'>{t('wall.target', { target: wall.target })}</Text>
        </View>
        <Progress count={wall.signedCount} target={wall.target} caption={false} />
        <Text className='body-text'>{t(`wall.coverage.${wall.coverage.unit}`, { percent, signed: wall.coverage.signed, of: wall.coverage.of })}</Text>
      </View>
      <View className='card'>
        <Text className='title'>{t('wall.signers')}</Text>
        {wall.recentSigners.length ? (
          <View className='chips wall-signers' role='list'>
            {wall.recentSigners.map((signer) => (
              <View key={`${signer.name}-${signer.at}`} className='chip' role='listitem'>
                {signer.as === 'household' ? t('wall.household', { name: signer.name }) : signer.name}
              </View>
            ))}
          </View>
        ) : (
          <Text className='muted'>{t('wall.noSigners')}</Text>
        )}
      </View>
      <View className='card'>
        <Text className='title'>{t('wall.acts')}</Text>
        <Text className='muted wall-acts__hint'>{t('wall.actsHint')}</Text>
        {wall.acts.length ? (
          <View role='list' aria-label={t('wall.acts')}>
            {wall.acts.map((act) => (
              <ActRow key={`${act.kind}-${act.at}-${act.link ?? ''}`} act={act} />
            ))}
          </View>
        ) : (
          <EmptyState mark={shell('mark.pledge')} title={t('wall.noActs')} />
        )}
      </View>
    </View>
  );
}

function WallScreen({ pledgeId }: { pledgeId: string }) {
  const wall = useCall('pledges.wall', { pledgeId });
  useReshow(wall.reload);
  return (
    <StateView state={wall.state} onRetry={wall.reload} isEmpty={() => false}>
      {(data) => <Wall wall={data} />}
    </StateView>
  );
}

export default function WallPage() {
  const t = usePledgesT();
  const { params } = useRouter();
  const pledgeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('wall.title')}>{pledgeId ? <WallScreen pledgeId={pledgeId} /> : null}</PageShell>;
}
