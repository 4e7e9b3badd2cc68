// One case in a list (mine, queue, committee list): thumbnail, category, status, where, when; tap opens it.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Picture } from '@/components/Picture';
import type { QueueItem } from '@/domain/reports/types';
import { openPage, REPORTS } from '@/services/navigation';
import { useReportLabels } from '../labels';
import { useReportsT } from '../messages';
import { StatusTags } from './StatusTags';
import { useT } from '@/services/messages';

export function CaseRow({ item, action }: { item: QueueItem; action?: ReactNode }) {
  const t = useReportsT();
  const shell = useT();
  const labels = useReportLabels();
  return (
    <View className='card case-row' aria-label={item.description}>
      <View className='case-row__main' onClick={() => openPage(REPORTS.detail(item.id))}>
        {item.thumbUrl ? <Picture className='case-row__thumb' src={item.thumbUrl} mode='aspectFill' alt='' /> : <View className='case-row__thumb case-row__thumb--none' aria-hidden='true'>{shell('mark.snap')}</View>}
        <View className='grow case-row__text'>
          <View className='row case-row__head'>
            <Text className='body-text case-row__category'>{labels.category(item.category)}</Text>
            <StatusTags status={item.status} overdue={item.overdue} flagged={item.flagged} hidden={item.hidden} />
          </View>
          <Text className='body-text case-row__desc'>{item.description}</Text>
          <Text className='muted'>
            {[item.address, item.gridName, labels.time(item.createdAt)].filter(Boolean).join(' · ')}
            {item.supportCount > 0 ? ` · ${t('detail.supports', { count: item.supportCount })}` : ''}
          </Text>
        </View>
      </View>
      {action ? <View className='case-row__action'>{action}</View> : null}
    </View>
  );
}
