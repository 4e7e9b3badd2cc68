// An image with its text alternative (WCAG 1.1.1): `alt` for what it shows, '' when the text next to it says it all.
import { Image } from '@tarojs/components';
import type { ImageProps } from '@tarojs/components';

export function Picture({ alt, ...props }: ImageProps & { alt: string }) {
  // Taro's H5 image passes nativeProps to its <img>; the mini-program has no alt and ignores them.
  return <Image {...props} nativeProps={{ alt }} />;
}
