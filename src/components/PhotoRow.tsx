// Photos of a case; a tap opens them full screen.
import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';

export function PhotoRow({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null;
  const preview = (current: string) => void Taro.previewImage?.({ current, urls })?.catch?.(() => undefined);
  return (
    <View className='photo-row'>
      {urls.map((url) => (
        <Image key={url} className='photo-row__image' src={url} mode='aspectFill' onClick={() => preview(url)} />
      ))}
    </View>
  );
}
