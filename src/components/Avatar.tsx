// A person's picture, or the first character of their name on a tinted disc.
import { View } from '@tarojs/components';
import { Picture } from './Picture';
import { useT } from '@/services/messages';

export function Avatar({ url, name, size = 'large' }: { url: string; name: string; size?: 'large' | 'small' }) {
  const t = useT();
  const initial = name.trim().slice(0, 1) || t('mark.neighbours');
  return url ? (
    <Picture className={`avatar avatar--${size}`} src={url} mode='aspectFill' alt='' />
  ) : (
    <View className={`avatar avatar--${size} avatar--initial`}>{initial}</View>
  );
}
