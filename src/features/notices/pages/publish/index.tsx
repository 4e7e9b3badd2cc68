// 发布公告 / 修改公告 (with ?id=): the form, filled from the notice when editing; done, it opens the notice.
import Taro, { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall } from '@/components/useAsync';
import { NOTICES } from '@/services/navigation';
import { useNoticesT } from '../../messages';
import { NoticeForm } from './NoticeForm';
import '../../notices.scss';

const showNotice = (noticeId: string) => void Taro.redirectTo({ url: NOTICES.detail(noticeId) });

function PublishNotice() {
  const places = useCall('places.tree', {});
  return (
    <StateView state={places.state} onRetry={places.reload} isEmpty={() => false}>
      {(tree) => <NoticeForm editing={null} tree={tree} onDone={showNotice} />}
    </StateView>
  );
}

function EditNotice({ noticeId }: { noticeId: string }) {
  const detail = useCall('notices.detail', { noticeId });
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(notice) => <NoticeForm editing={notice} tree={null} onDone={showNotice} />}
    </StateView>
  );
}

export default function PublishNoticePage() {
  const t = useNoticesT();
  const { params } = useRouter();
  const noticeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={noticeId ? t('publish.editTitle') : t('publish.title')}>{noticeId ? <EditNotice noticeId={noticeId} /> : <PublishNotice />}</PageShell>;
}
