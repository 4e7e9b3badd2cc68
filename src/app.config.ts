// Pages, tab bar, subpackages and privacy declarations of the mini-program (app.json) and the H5 router.
import { subPackages } from './features/registry';

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/report/index', 'pages/participate/index', 'pages/me/index'],
  // One subpackage per feature, from the app layer's registration point.
  subPackages,
  window: {
    navigationBarTitleText: '邻里共治',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#5f6673',
    selectedColor: '#0b7550',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/report/index', text: '随手拍', iconPath: 'assets/tab/report.png', selectedIconPath: 'assets/tab/report-on.png' },
      { pagePath: 'pages/participate/index', text: '参与', iconPath: 'assets/tab/participate.png', selectedIconPath: 'assets/tab/participate-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // Location only with a stated purpose; the privacy guide is shown before any private API runs.
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于定位您上报的问题所在位置，以便分派给对应网格员' },
  },
  __usePrivacyCheck__: true,
  // H5: no sliding between pages (calmer for elderly eyes, and Taro's delayed hide of the page left behind
  // could otherwise cover the page returned to).
  animation: false,
  lazyCodeLoading: 'requiredComponents',
  style: 'v2',
});
