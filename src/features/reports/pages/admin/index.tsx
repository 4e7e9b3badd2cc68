// 全部案件: every case of the community for the committee (and the street office), filtered.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall, useReshow } from '@/components/useAsync';
import { call } from '@/services/api';
import { CaseRow } from '../../components/CaseRow';
import { LoadMore } from '../../components/LoadMore';
import { usePaged } from '../../components/usePaged';
import { useReportsT } from '../../messages';
import { AdminFilters, type AdminFilter } from './AdminFilters';
import '../../reports.scss';

function AdminList() {
  const t = useReportsT();
  const [filter, setFilter] = useState<AdminFilter>({});
  const map = useCall('reports.map');
  const key = JSON.stringify(filter);
  const list = usePaged((before) => call('reports.adminList', before === undefined ? filter : { ...filter, before }), [key]);
  useReshow(list.reload);
  return (
    <View>
      <AdminFilters filter={filter} map={map.state.status === 'ready' ? map.state.data : null} onChange={setFilter} />
      <StateView state={list.state} onRetry={list.reload} isEmpty={(page) => page.items.length === 0} empty={{ title: t('admin.empty'), mark: '案' }}>
        {(page) => (
          <View>
            {page.items.map((item) => (
              <CaseRow key={item.id} item={item} />
            ))}
            <LoadMore hasMore={page.nextBefore !== null} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </View>
  );
}

export default function AdminPage() {
  const t = useReportsT();
  return (
    <PageShell title={t('admin.title')}>
      <AdminList />
    </PageShell>
  );
}
