// 全部案件: every case of the community for the committee (and the street office), filtered.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { useCall, useReshow } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { CaseRow } from '../../components/CaseRow';
import { useReportsT } from '../../messages';
import { AdminFilters, type AdminFilter } from './AdminFilters';
import { useT } from '@/services/messages';
import '../../reports.scss';

function AdminList() {
  const t = useReportsT();
  const shell = useT();
  const [filter, setFilter] = useState<AdminFilter>({});
  const map = useCall('reports.map');
  const list = usePagedCall('reports.adminList', filter);
  useReshow(list.reload);
  return (
    <View>
      <AdminFilters filter={filter} map={map.state.status === 'ready' ? map.state.data : null} onChange={setFilter} />
      <PagedList list={list} empty={{ title: t('admin.empty'), mark: shell('mark.case') }}>
        {(item) => <CaseRow key={item.id} item={item} />}
      </PagedList>
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
