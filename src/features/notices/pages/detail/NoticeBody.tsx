// The notice itself: tags, title, when and to whom, its paragraphs and pictures.
import { Text, View } from '@tarojs/components';
import type { NoticeDetailView } from '@/domain/notices/types';
import { PhotoRow } from '@/components/PhotoRow';
import { NoticeTags } from '../../components/NoticeTags';
import { useNoticeLabels } from '../../labels';
import { useNoticesT } from '../../messages';

export function NoticeBody({ notice }: { notice: NoticeDetailView }) {
  const t = useNoticesT();
  const labels = useNoticeLabels();
  return (
    <View className='card notice-body'>
      <NoticeTags notice={notice} />
      <Text className='title notice-body__title'>{notice.title}</Text>
      <View className='notice-body__meta'>
        <Text className='muted'>{t('detail.published', { time: labels.time(notice.publishAt) })}</Text>
        <Text className='muted'>{t('audience.to', { names: labels.audience(notice.audience) })}</Text>
        {notice.expiresAt !== null ? <Text className='muted'>{t('detail.expires', { time: labels.time(notice.expiresAt) })}</Text> : null}
        {notice.editedAt !== null ? <Text className='muted notice-body__edited'>{t('detail.editedAt', { time: labels.time(notice.editedAt) })}</Text> : null}
      </View>
      <View className='notice-body__text'>
        {notice.body.map((paragraph, index) => (
          <Text key={index} className='body-text notice-body__paragraph'>
            {paragraph}
          </Text>
        ))}
      </View>
      <PhotoRow urls={notice.imageUrls} />
      {notice.pendingImageCount > 0 ? <Text className='muted'>{t('detail.pendingImages', { count: notice.pendingImageCount })}</Text> : null}
    </View>
  );
}
