// A person's picture, or the first character of their name on a tinted disc.
import { Image, View } from '@tarojs/components';

export function Avatar({ url, name, size = 'large' }: { url: string; name: string; size?: 'large' | 'small' }) {
  const initial = name.trim().slice(0, 1) || '邻';
  return url ? (
    <Image className={`avatar avatar--${size}`} src={url} mode='aspectFill' />
  ) : (
    <View className={`avatar avatar--${size} avatar--initial`}>{initial}</View>
  );
}
