// 养护管理: care logs waiting to be verified (the committee and the trees' grid workers), and for the committee the
// adoptions that ran out, overdue care, unwell and unadopted trees, and the register's sheet import.
import type { SessionView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { Attention } from './Attention';
import { ImportSheet } from './ImportSheet';
import { PendingCare } from './PendingCare';
import { useTreesT } from '../../messages';
import '../../trees.scss';

function Manage({ session }: { session: SessionView }) {
  return (
    <>
      {session.can.verifyCare ? <PendingCare /> : null}
      {session.can.keepTrees ? <Attention /> : null}
      {session.can.keepTrees ? <ImportSheet /> : null}
    </>
  );
}

export default function ManagePage() {
  const t = useTreesT();
  return <PageShell title={t('manage.title')}>{(session) => <Manage session={session} />}</PageShell>;
}
