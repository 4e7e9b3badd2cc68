// 社区问题: the community's cases with progress and support counts; on WeChat also as map markers.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { FilterTabs } from '@/components/FilterTabs';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { usePagedCall } from '@/components/usePaged';
import { isWeapp } from '@/services/platform';
import { PublicCard } from '../../components/PublicCard';
import { useReportsT } from '../../messages';
import { ReportsMap } from './ReportsMap';
import { useT } from '@/services/messages';
import '../../reports.scss';

type Filter = 'all' | 'open' | 'closed';

function PublicList() {
  const t = useReportsT();
  const shell = useT();
  const [status, setStatus] = useState<Filter>('all');
  const list = usePagedCall('reports.publicList', { status });
  return (
    <View>
      <FilterTabs
        label={t('list.title')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'all', label: t('list.all') },
          { value: 'open', label: t('list.open') },
          { value: 'closed', label: t('list.closed') },
        ]}
      />
      <PagedList
        list={list}
        empty={{ title: t('list.empty'), description: t('list.emptyDesc'), mark: shell('mark.snap') }}
        header={(items) => (isWeapp() ? <ReportsMap reports={items} /> : null)}
      >
        {(report) => <PublicCard key={report.id} report={report} />}
      </PagedList>
    </View>
  );
}

export default function PublicListPage() {
  const t = useReportsT();
  return (
    <PageShell title={t('list.title')}>
      <PublicList />
    </PageShell>
  );
}
