// Production builds: minified, no source maps in the mini-program (they count toward the size budget).
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: { enableSourceMap: false },
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>;
