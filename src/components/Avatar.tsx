// A person's picture, or the first character of their name on a tinted disc.
import { Image, View } from '@tarojs/components';
import { useT } from '@/services/messages';

export function Avatar({ url, name, size = 'large' }: { url: string; name: string; size?: 'large' | 'small' }) {
  const t = useT();
  const initial = name.trim().slice(0, 1) || t('mark.neighbours');
  return url ? (
    <Image className={`avatar avatar--${size}`} src={url} mode='aspectFill' />
  ) : (
    <View className={`avatar avatar--${size} avatar--initial`}>{initial}</View>
  );
}
