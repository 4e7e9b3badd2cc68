// Photos of a case, a care log, a notice; a tap opens them full screen. Each is named for screen readers.
import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { useT } from '@/services/messages';
import './PhotoRow.scss';

export function PhotoRow({ urls }: { urls: string[] }) {
  const t = useT();
  if (urls.length === 0) return null;
  const preview = (current: string) => void Taro.previewImage?.({ current, urls })?.catch?.(() => undefined);
  return (
    <View className='photo-row'>
      {urls.map((url, index) => (
        <Image key={url} className='photo-row__image' src={url} mode='aspectFill' nativeProps={{ alt: t('photo.item', { n: index + 1 }) }} onClick={() => preview(url)} />
      ))}
    </View>
  );
}
