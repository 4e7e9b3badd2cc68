// The small labels of a notice: its kind, pinned, important, edited, expired, scheduled, withdrawn.
import { View } from '@tarojs/components';
import type { NoticeRow } from '@/domain/notices/types';
import { Badge } from '@/components/Badge';
import { useNoticeLabels } from '../labels';
import { useNoticesT } from '../messages';
import './NoticeTags.scss';

export function NoticeTags({ notice }: { notice: NoticeRow }) {
  const t = useNoticesT();
  const labels = useNoticeLabels();
  return (
    <View className='notice-tags'>
      <Badge tone={notice.category === 'outage' ? 'warning' : 'brand'}>{labels.category(notice.category)}</Badge>
      {notice.pinned ? <Badge tone='warning'>{t('row.pinned')}</Badge> : null}
      {notice.important ? <Badge tone='warning'>{t('row.important')}</Badge> : null}
      {notice.edited ? <Badge tone='muted'>{t('row.edited')}</Badge> : null}
      {notice.expired ? <Badge tone='muted'>{t('row.expired')}</Badge> : null}
      {notice.scheduled ? <Badge tone='muted'>{t('row.scheduled', { time: labels.time(notice.publishAt) })}</Badge> : null}
      {notice.withdrawn ? <Badge tone='muted'>{t('row.withdrawn')}</Badge> : null}
    </View>
  );
}
