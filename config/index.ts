// Taro build configuration shared by the mini-program (dist/weapp) and the H5 app (dist/h5).
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const NUTUI = ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'];

// NutUI is drawn at 375 px, our own styles at 750 px.
const designWidth = (input?: string | number | { file?: string }): number => {
  const file = typeof input === 'object' && input?.file ? input.file.replace(/\\+/g, '/') : '';
  return file.includes('@nutui') ? 375 : 750;
};

// Off a terminal (CI, `npm start` piped to a log) webpackbar's animated bar prints each step as a line, hundreds of
// them: keep only its one-line summary there.
type Chain = { plugin(name: string): { tap(update: (args: Array<Record<string, unknown>>) => unknown[]): unknown } };
const quietProgressOffTerminal = (chain: Chain): void => {
  if (!process.stdout.isTTY) chain.plugin('webpackbar').tap(([options]) => [{ ...options, fancy: false }]);
};

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2026-11-22',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: ['@tarojs/plugin-html', path.resolve(__dirname, 'weapp-project-config.js')],
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    defineConstants: {
      // Where the H5 app finds the gateway; '' means the same origin that served the page.
      'process.env.LINLI_API_BASE': JSON.stringify(process.env.LINLI_API_BASE ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { exclude: NUTUI } },
    cache: { enable: true },
    sass: { resource: [path.resolve(__dirname, '..', 'src/styles/variables.scss')] },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain: quietProgressOffTerminal,
    },
    h5: {
      webpackChain: quietProgressOffTerminal,
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
