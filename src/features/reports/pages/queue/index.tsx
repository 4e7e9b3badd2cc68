// 待办: the handler's queue, overdue first, with quick 受理 for new cases.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { QueueItem } from '@/domain/reports/types';
import { FilterTabs } from '@/components/FilterTabs';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useAction, useCall, useReshow } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { CaseRow } from '../../components/CaseRow';
import { useReportsT } from '../../messages';
import { overdueFirst } from './overdueFirst';
import { useT } from '@/services/messages';
import '../../reports.scss';

function Queue() {
  const t = useReportsT();
  const shell = useT();
  const message = useServerMessage();
  const [filter, setFilter] = useState<'all' | 'overdue'>('all');
  const queue = useCall('reports.queue', { overdueOnly: filter === 'overdue' });
  const acceptCase = useAction('reports.accept');
  const [accepting, setAccepting] = useState<string | null>(null);
  useReshow(queue.reload);

  const accept = async (item: QueueItem) => {
    setAccepting(item.id);
    const envelope = await acceptCase.run({ reportId: item.id });
    setAccepting(null);
    if (!envelope.ok) return;
    queue.setData((items) => items.map((one) => (one.id === item.id ? { ...one, status: envelope.data.status } : one)));
    void Taro.showToast({ title: t('queue.accepted'), icon: 'success' });
  };

  return (
    <View>
      <FilterTabs
        label={t('queue.title')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('list.all') },
          { value: 'overdue', label: t('queue.overdueOnly') },
        ]}
      />
      {acceptCase.error ? <Text className='form-error actions'>{message(acceptCase.error)}</Text> : null}
      <StateView state={queue.state} onRetry={queue.reload} empty={{ title: t('queue.empty'), description: t('queue.emptyDesc'), mark: shell('mark.queue') }}>
        {(items) => (
          <View>
            {overdueFirst(items).map((item) => (
              <CaseRow
                key={item.id}
                item={item}
                action={
                  item.status === 'submitted' ? (
                    <Button type='primary' size='large' loading={accepting === item.id} onClick={() => void accept(item)}>
                      {t('queue.accept')}
                    </Button>
                  ) : undefined
                }
              />
            ))}
          </View>
        )}
      </StateView>
    </View>
  );
}

export default function QueuePage() {
  const t = useReportsT();
  return (
    <PageShell title={t('queue.title')}>
      <Queue />
    </PageShell>
  );
}
