// Signatures against the target, as a bar with its numbers.
import { Text, View } from '@tarojs/components';
import { usePledgesT } from '../messages';

export function Progress({ count, target, caption = true }: { count: number; target: number; caption?: boolean }) {
  const t = usePledgesT();
  const percent = target > 0 ? Math.min(100, Math.round((count / target) * 100)) : 0;
  return (
    <View className='pledge-progress'>
      <View className='pledge-progress__bar' role='progressbar' aria-label={t('wall.progress')} aria-valuemin={0} aria-valuemax={target} aria-valuenow={count}>
        <View className='pledge-progress__fill' style={{ width: `${percent}%` }} />
      </View>
      {caption ? <Text className='muted'>{t('list.progress', { count, target })}</Text> : null}
    </View>
  );
}
