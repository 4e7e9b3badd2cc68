// 全部公告: every notice addressed to me, expired ones too, newest first; the committee also finds 发布公告 here.
import { View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { Button } from '@/components/nutui';
import { useReshow } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { useT } from '@/services/messages';
import { NOTICES, openPage } from '@/services/navigation';
import { NoticeCard } from '../../components/NoticeCard';
import { useNoticesT } from '../../messages';
import '../../notices.scss';

function NoticeList({ session }: { session: SessionView }) {
  const t = useNoticesT();
  const shell = useT();
  const list = usePagedCall('notices.list', {});
  useReshow(list.reload);
  return (
    <View>
      {session.can.publishNotices ? (
        <View className='actions notices-publish'>
          <Button type='primary' block onClick={() => openPage(NOTICES.publish)}>
            {t('list.publish')}
          </Button>
        </View>
      ) : null}
      <PagedList list={list} empty={{ title: t('list.empty'), description: t('list.emptyDesc'), mark: shell('mark.notice') }}>
        {(notice) => <NoticeCard key={notice.id} notice={notice} />}
      </PagedList>
    </View>
  );
}

export default function NoticeListPage() {
  const t = useNoticesT();
  return <PageShell title={t('list.title')}>{(session) => <NoticeList session={session} />}</PageShell>;
}
