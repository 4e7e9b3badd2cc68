// 文明承诺: the community's pledges, open ones first, each with its count against the target.
import { Text, View } from '@tarojs/components';
import type { PledgeSummary } from '@/domain/pledges/types';
import { Badge } from '@/components/Badge';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall, useReshow } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { openPage } from '@/services/navigation';
import { Progress } from '../../components/Progress';
import { PLEDGES } from '../../links';
import { usePledgesT } from '../../messages';
import '../../pledges.scss';

function PledgeCard({ pledge }: { pledge: PledgeSummary }) {
  const t = usePledgesT();
  const words = useServerMessage();
  return (
    <View className='card pledge-card' role='link' onClick={() => openPage(PLEDGES.pledge(pledge.id))}>
      <View className='row pledge-card__head'>
        <Badge>{words(`pledgeKind.${pledge.kind}`)}</Badge>
        {pledge.signedByMe ? <Badge tone='brand'>{t('list.signed')}</Badge> : null}
        {pledge.status === 'closed' ? <Badge tone='muted'>{t('list.closed')}</Badge> : null}
      </View>
      <Text className='title'>{pledge.title}</Text>
      <Text className='muted'>{t('pledge.term', { term: pledge.term, audience: words(`audience.${pledge.audience}`) })}</Text>
      <Progress count={pledge.signedCount} target={pledge.target} />
    </View>
  );
}

function Pledges() {
  const t = usePledgesT();
  const shell = useT();
  const list = useCall('pledges.list');
  useReshow(list.reload);
  return (
    <StateView state={list.state} onRetry={list.reload} empty={{ mark: shell('mark.pledge'), title: t('list.empty') }}>
      {(pledges) => (
        <View>
          {pledges.map((pledge) => (
            <PledgeCard key={pledge.id} pledge={pledge} />
          ))}
        </View>
      )}
    </StateView>
  );
}

export default function PledgeListPage() {
  const t = usePledgesT();
  return <PageShell title={t('list.title')}>{() => <Pledges />}</PageShell>;
}
