// 修改记录: every earlier version of an edited notice, newest first, so no change is silent.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { NoticeDetailView } from '@/domain/notices/types';
import { PhotoRow } from '@/components/PhotoRow';
import { Button } from '@/components/nutui';
import { useNoticeLabels } from '../../labels';
import { useNoticesT } from '../../messages';

export function History({ notice }: { notice: NoticeDetailView }) {
  const t = useNoticesT();
  const labels = useNoticeLabels();
  const [open, setOpen] = useState(false);
  if (!notice.history.length) return null;
  return (
    <View className='card notice-history'>
      <View className='row'>
        <Text className='title grow'>{t('detail.history')}</Text>
        <Text className='muted'>{t('detail.current', { version: notice.version })}</Text>
      </View>
      <View className='notice-history__toggle'>
        <Button size='small' fill='outline' type='primary' onClick={() => setOpen(!open)}>
          {open ? t('detail.historyHide') : t('detail.historyShow', { count: notice.history.length })}
        </Button>
      </View>
      {open
        ? notice.history.map((earlier) => (
            <View key={earlier.version} className='notice-history__version'>
              <Text className='muted'>{t('detail.version', { version: earlier.version, from: labels.time(earlier.since), to: labels.time(earlier.replacedAt) })}</Text>
              <Text className='body-text notice-history__title'>{earlier.title}</Text>
              {earlier.body.map((paragraph, index) => (
                <Text key={index} className='body-text notice-body__paragraph'>
                  {paragraph}
                </Text>
              ))}
              <PhotoRow urls={earlier.imageUrls} />
            </View>
          ))
        : null}
    </View>
  );
}
