// 认养证书: the adoption certificate drawn on a canvas, to save or share.
import { useRouter } from '@tarojs/taro';
import type { CertificateView } from '@/domain/trees/types';
import { CardCanvas, type CardDesign } from '@/components/CardCanvas';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall } from '@/components/useAsync';
import { useTreeLabels } from '../../labels';
import { useTreesT } from '../../messages';
import '../../trees.scss';

function useDesign(): (certificate: CertificateView) => CardDesign {
  const t = useTreesT();
  const labels = useTreeLabels();
  return (certificate) => ({
    accent: '#0f8a5f',
    paper: '#fbfaf3',
    heading: t('certificate.heading'),
    name: certificate.kind === 'household' ? t('certificate.household', { name: certificate.adopterName }) : t('certificate.adopter', { name: certificate.adopterName }),
    lines: [
      t('certificate.tree', { species: labels.species(certificate.species), code: certificate.treeCode }),
      t('certificate.spot', { spot: certificate.spot }),
      ...(certificate.plantedYear ? [t(certificate.heritage ? 'certificate.heritage' : 'certificate.planted', { year: certificate.plantedYear })] : []),
      t('certificate.term', { from: labels.date(certificate.startsAt), to: labels.lastDay(certificate.endsAt) }),
      t('certificate.thanks'),
    ],
    footer: [certificate.communityName, t('certificate.number', { number: certificate.number })],
  });
}

function Certificate({ adoptionId }: { adoptionId: string }) {
  const t = useTreesT();
  const certificate = useCall('trees.certificate', { adoptionId });
  const design = useDesign();
  return (
    <StateView state={certificate.state} onRetry={certificate.reload} isEmpty={() => false}>
      {(data) => <CardCanvas id='tree-certificate' design={design(data)} fileName={t('certificate.file', { code: data.treeCode })} />}
    </StateView>
  );
}

export default function CertificatePage() {
  const t = useTreesT();
  const { params } = useRouter();
  const adoptionId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('certificate.title')}>{adoptionId ? <Certificate adoptionId={adoptionId} /> : null}</PageShell>;
}
