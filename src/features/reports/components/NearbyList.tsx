// 附近已有相同问题: open cases of the same category within 50 m, offered before a duplicate is filed.
import { Text, View } from '@tarojs/components';
import { Picture } from '@/components/Picture';
import type { NearbyReport } from '@/domain/reports/types';
import { Button } from '@/components/nutui';
import { useServerMessage } from '@/services/i18n';
import { openPage, REPORTS } from '@/services/navigation';
import { useReportLabels } from '../labels';
import { useReportsT } from '../messages';
import { StatusTags } from './StatusTags';

export interface NearbyListProps {
  items: NearbyReport[];
  supportingId: string | null;
  error: string | null;
  onSupport: (item: NearbyReport) => void;
}

export function NearbyList({ items, supportingId, error, onSupport }: NearbyListProps) {
  const t = useReportsT();
  const labels = useReportLabels();
  const message = useServerMessage();
  return (
    <View className='card nearby' role='region' aria-label={t('new.nearbyTitle')}>
      <Text className='title'>{t('new.nearbyTitle')}</Text>
      <Text className='muted nearby__desc'>{t('new.nearbyDesc')}</Text>
      {items.map((item) => (
        <View key={item.id} className='nearby__item' aria-label={item.description}>
          <View className='row' onClick={() => openPage(REPORTS.detail(item.id))}>
            {item.thumbUrl ? <Picture className='case-row__thumb' src={item.thumbUrl} mode='aspectFill' alt='' /> : null}
            <View className='grow case-row__text'>
              <View className='row case-row__head'>
                <Text className='body-text case-row__category'>{labels.category(item.category)}</Text>
                <StatusTags status={item.status} />
              </View>
              <Text className='body-text case-row__desc'>{item.description}</Text>
              <Text className='muted'>
                {[item.address, t('new.away', { meters: Math.round(item.distanceMeters) }), item.supportCount > 0 ? t('detail.supports', { count: item.supportCount }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </View>
          </View>
          <View className='nearby__action'>
            {item.mine ? (
              <Text className='muted'>{t('new.yours')}</Text>
            ) : item.supportedByMe ? (
              <Text className='muted'>{t('new.supported')}</Text>
            ) : (
              <Button type='primary' block loading={supportingId === item.id} onClick={() => onSupport(item)}>
                {t('new.meToo')}
              </Button>
            )}
          </View>
        </View>
      ))}
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
    </View>
  );
}
