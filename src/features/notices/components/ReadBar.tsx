// A read count as a bar and "read/total · percent", e.g. 1/5 · 20%.
import { Text, View } from '@tarojs/components';
import type { ReadCount } from '@/domain/notices/types';
import { useNoticesT } from '../messages';

export const percentOf = (count: ReadCount): number => (count.total ? Math.round((100 * count.read) / count.total) : 0);

export function ReadBar({ label, count }: { label: string; count: ReadCount }) {
  const t = useNoticesT();
  const percent = percentOf(count);
  const text = t('reads.rate', { read: count.read, total: count.total, percent });
  return (
    <View className='read-bar'>
      <View className='row read-bar__head'>
        <Text className='body-text grow'>{label}</Text>
        <Text className='body-text read-bar__figure'>{text}</Text>
      </View>
      <View className='read-bar__track' role='progressbar' aria-label={`${label} ${text}`} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <View className='read-bar__fill' style={{ width: `${percent}%` }} />
      </View>
    </View>
  );
}
