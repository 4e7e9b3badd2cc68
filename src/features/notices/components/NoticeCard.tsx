// One notice in a list: its tags, title (bold while unread, with a dot), first lines and when and to whom.
import { Image, Text, View } from '@tarojs/components';
import type { NoticeRow } from '@/domain/notices/types';
import { NOTICES, openPage } from '@/services/navigation';
import { useNoticeLabels } from '../labels';
import { useNoticesT } from '../messages';
import { NoticeTags } from './NoticeTags';
import './NoticeCard.scss';

// A card opens a page, so keyboards and screen readers must reach it too (Taro's View has no tabIndex prop of its own).
const reachable = { tabIndex: 0 };

export function NoticeCard({ notice }: { notice: NoticeRow }) {
  const t = useNoticesT();
  const labels = useNoticeLabels();
  return (
    <View
      className={`card notice-card ${notice.unread ? 'is-unread' : ''}`}
      role='link'
      {...reachable}
      onClick={() => openPage(NOTICES.detail(notice.id))}
    >
      <View className='notice-card__main'>
        <View className='grow'>
          <NoticeTags notice={notice} />
          <View className='row notice-card__head'>
            {notice.unread ? <View className='notice-card__dot' role='img' aria-label={t('row.unread')} /> : null}
            <Text className='body-text notice-card__title'>{notice.title}</Text>
          </View>
          {notice.excerpt ? <Text className='muted notice-card__excerpt'>{notice.excerpt}</Text> : null}
          <Text className='muted notice-card__meta'>{`${labels.time(notice.publishAt)} · ${labels.audience(notice.audience)}`}</Text>
        </View>
        {notice.thumbUrl ? <Image className='notice-card__thumb' src={notice.thumbUrl} mode='aspectFill' /> : null}
      </View>
    </View>
  );
}
