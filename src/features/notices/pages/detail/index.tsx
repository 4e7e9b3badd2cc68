// 公告详情: one notice, its earlier versions when edited, and for the committee its next steps. Opening it counts
// as reading it (the server records the read).
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall, useReshow } from '@/components/useAsync';
import { useNoticesT } from '../../messages';
import { History } from './History';
import { NoticeBody } from './NoticeBody';
import { OverseerActions } from './OverseerActions';
import '../../notices.scss';

function NoticeDetail({ noticeId }: { noticeId: string }) {
  const detail = useCall('notices.detail', { noticeId });
  // Back from editing: show the new version.
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(notice) => (
        <View>
          <NoticeBody notice={notice} />
          <History notice={notice} />
          <OverseerActions notice={notice} reload={detail.reload} />
        </View>
      )}
    </StateView>
  );
}

export default function NoticeDetailPage() {
  const t = useNoticesT();
  const { params } = useRouter();
  const noticeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('detail.title')}>{noticeId ? <NoticeDetail noticeId={noticeId} /> : null}</PageShell>;
}
