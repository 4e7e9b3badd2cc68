// Photos of a case, a care log, a notice; a tap opens them full screen. Each is named for screen readers.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useT } from '@/services/messages';
import { Picture } from './Picture';
import './PhotoRow.scss';

export function PhotoRow({ urls }: { urls: string[] }) {
  const t = useT();
  if (urls.length === 0) return null;
  const preview = (current: string) => void Taro.previewImage?.({ current, urls })?.catch?.(() => undefined);
  return (
    <View className='photo-row'>
      {urls.map((url, index) => (
        <Picture key={url} className='photo-row__image' src={url} mode='aspectFill' alt={t('photo.nth', { n: index + 1 })} onClick={() => preview(url)} />
      ))}
    </View>
  );
}
