// 全部案件: every case of the community for the committee (and the street office), filtered.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/nutui';
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
  const total = list.state.status === 'ready' ? list.state.data.total : undefined;
  const filtered = Object.values(filter).some((value) => value !== undefined);
  return (
    <View>
      <AdminFilters filter={filter} map={map.state.status === 'ready' ? map.state.data : null} onChange={setFilter} />
      <View className='row admin-summary'>
        <Text className='muted grow' aria-live='polite'>
          {total !== undefined ? t('admin.count', { count: total }) : ''}
        </Text>
        {filtered ? (
          <Button size='small' fill='outline' type='primary' onClick={() => setFilter({})}>
            {t('admin.clear')}
          </Button>
        ) : null}
      </View>
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
