// 我的上报: the cases I filed, newest first, with status and overdue marks; tap one to follow it.
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useReshow } from '@/components/useAsync';
import { call } from '@/services/api';
import { openPage, REPORTS } from '@/services/navigation';
import { CaseRow } from '../../components/CaseRow';
import { LoadMore } from '../../components/LoadMore';
import { usePaged } from '../../components/usePaged';
import { useReportsT } from '../../messages';
import '../../reports.scss';

function MyReports() {
  const t = useReportsT();
  const mine = usePaged((before) => call('reports.mine', before === undefined ? {} : { before }), []);
  useReshow(mine.reload);
  return (
    <StateView
      state={mine.state}
      onRetry={mine.reload}
      isEmpty={(page) => page.items.length === 0}
      empty={{
        title: t('mine.empty'),
        description: t('mine.emptyDesc'),
        mark: '拍',
        action: (
          <Button type='primary' onClick={() => openPage(REPORTS.new)}>
            {t('new.title')}
          </Button>
        ),
      }}
    >
      {(page) => (
        <View>
          {page.items.map((item) => (
            <CaseRow key={item.id} item={item} />
          ))}
          <LoadMore hasMore={page.nextBefore !== null} loading={mine.loadingMore} error={mine.moreError} onMore={() => void mine.loadMore()} />
        </View>
      )}
    </StateView>
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
