// 我的上报: the cases I filed, newest first, with status and overdue marks; tap one to follow it.
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { Button } from '@/components/nutui';
import { useReshow } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { openPage, REPORTS } from '@/services/navigation';
import { CaseRow } from '../../components/CaseRow';
import { useReportsT } from '../../messages';
import { useT } from '@/services/messages';
import '../../reports.scss';

function MyReports() {
  const t = useReportsT();
  const shell = useT();
  const mine = usePagedCall('reports.mine', {});
  useReshow(mine.reload);
  return (
    <PagedList
      list={mine}
      empty={{
        title: t('mine.empty'),
        description: t('mine.emptyDesc'),
        mark: shell('mark.snap'),
        action: (
          <Button type='primary' onClick={() => openPage(REPORTS.new)}>
            {t('new.title')}
          </Button>
        ),
      }}
    >
      {(item) => <CaseRow key={item.id} item={item} />}
    </PagedList>
  );
}

export default function MyReportsPage() {
  const t = useReportsT();
  return (
    <PageShell title={t('mine.title')}>
      <MyReports />
    </PageShell>
  );
}
