// 社区问题: the community's cases with progress and support counts; on WeChat also as map markers.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { call } from '@/services/api';
import { isWeapp } from '@/services/platform';
import { FilterTabs } from '../../components/FilterTabs';
import { LoadMore } from '../../components/LoadMore';
import { PublicCard } from '../../components/PublicCard';
import { usePaged } from '../../components/usePaged';
import { useReportsT } from '../../messages';
import { ReportsMap } from './ReportsMap';
import '../../reports.scss';

type Filter = 'all' | 'open' | 'closed';

function PublicList() {
  const t = useReportsT();
  const [status, setStatus] = useState<Filter>('all');
  const list = usePaged((before) => call('reports.publicList', before === undefined ? { status } : { status, before }), [status]);
  return (
    <View>
      <FilterTabs
        value={status}
        onChange={setStatus}
        options={[
          { value: 'all', label: t('list.all') },
          { value: 'open', label: t('list.open') },
          { value: 'closed', label: t('list.closed') },
        ]}
      />
      <StateView
        state={list.state}
        onRetry={list.reload}
        isEmpty={(page) => page.items.length === 0}
        empty={{ title: t('list.empty'), description: t('list.emptyDesc'), mark: '拍' }}
      >
        {(page) => (
          <View>
            {isWeapp() ? <ReportsMap reports={page.items} /> : null}
            {page.items.map((report) => (
              <PublicCard key={report.id} report={report} />
            ))}
            <LoadMore hasMore={page.nextBefore !== null} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
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
