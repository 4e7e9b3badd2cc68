// The app root: connects to WeChat cloud on the mini-program and installs the privacy listener.
import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { LINLI_CLOUD_ENV } from './services/cloudEnv';
import { isWeapp } from './services/platform';
import { installPrivacyListener } from './services/privacy';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (isWeapp()) Taro.cloud.init({ env: LINLI_CLOUD_ENV, traceUser: true });
    installPrivacyListener();
  });
  return children;
}

export default App;
