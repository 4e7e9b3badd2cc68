// 我的承诺卡: the signer's card drawn on a canvas, to save or share.
import { useRouter } from '@tarojs/taro';
import type { SignerCard } from '@/domain/pledges/types';
import { CardCanvas, type CardDesign } from '@/components/CardCanvas';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall } from '@/components/useAsync';
import { usePledgesT } from '../../messages';
import { useDay } from '../../useDay';
import '../../pledges.scss';

function useDesign(): (card: SignerCard) => CardDesign {
  const t = usePledgesT();
  const day = useDay();
  return (card) => ({
    accent: '#c2410c',
    paper: '#fffaf3',
    heading: t('card.heading'),
    name: card.as === 'household' ? t('card.household', { name: card.name }) : card.name,
    lines: [t('card.pledge', { title: card.pledgeTitle }), t('card.number', { number: card.number }), ...card.clauses.slice(0, 2)],
    footer: [card.communityName, t('card.term', { term: card.term, date: day(card.signedAt) })],
  });
}

function Card({ pledgeId }: { pledgeId: string }) {
  const t = usePledgesT();
  const card = useCall('pledges.card', { pledgeId });
  const design = useDesign();
  return (
    <StateView state={card.state} onRetry={card.reload} isEmpty={() => false}>
      {(data) => <CardCanvas id='pledge-card' design={design(data)} fileName={t('card.file')} />}
    </StateView>
  );
}

export default function CardPage() {
  const t = usePledgesT();
  const { params } = useRouter();
  const pledgeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('card.title')}>{pledgeId ? <Card pledgeId={pledgeId} /> : null}</PageShell>;
}
