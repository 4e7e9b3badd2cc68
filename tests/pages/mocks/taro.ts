// The slice of @tarojs/taro the app and NutUI touch, backed by memory and jest mocks.
import { useEffect } from 'react';

const storage = new Map<string, unknown>();
const resolved = <T>(value: T) => jest.fn(async (..._args: unknown[]) => value);

export const resetTaroMock = (): void => {
  storage.clear();
  jest.clearAllMocks();
};

const Taro = {
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
  removeStorageSync: jest.fn((key: string) => void storage.delete(key)),
  getSystemInfoSync: jest.fn(() => ({ fontSizeSetting: 16, windowWidth: 375, windowHeight: 667, pixelRatio: 2, platform: 'devtools' })),
  getWindowInfo: jest.fn(() => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 })),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  navigateTo: resolved({ errMsg: 'navigateTo:ok' }),
  redirectTo: resolved({ errMsg: 'redirectTo:ok' }),
  navigateBack: resolved({ errMsg: 'navigateBack:ok' }),
  // The page stack: a page opened by its address is alone on it.
  getCurrentPages: jest.fn((): unknown[] => [{}]),
  switchTab: resolved({ errMsg: 'switchTab:ok' }),
  showToast: resolved({ errMsg: 'showToast:ok' }),
  setNavigationBarTitle: resolved({ errMsg: 'setNavigationBarTitle:ok' }),
  setTabBarItem: resolved({ errMsg: 'setTabBarItem:ok' }),
  chooseImage: resolved({ tempFilePaths: [] as string[] }),
  chooseMedia: resolved({ tempFiles: [] as Array<{ tempFilePath: string }> }),
  getLocation: resolved({ latitude: 0, longitude: 0 }),
  requestSubscribeMessage: resolved({ errMsg: 'requestSubscribeMessage:ok' } as Record<string, string>),
  openPrivacyContract: resolved({}),
  onNeedPrivacyAuthorization: jest.fn(),
  pxTransform: (size: number) => `${size / 2}px`,
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  // Like the platform's: one answer per select (no layout in jsdom: null) or selectAll (no nodes: []).
  createSelectorQuery: () => {
    const answers: unknown[] = [];
    const query = {
      select: () => (answers.push(null), query),
      selectAll: () => (answers.push([]), query),
      boundingClientRect: () => query,
      fields: () => query,
      exec: (cb?: (res: unknown[]) => void) => cb?.(answers),
    };
    return query;
  },
  cloud: { init: jest.fn(), callFunction: jest.fn(), uploadFile: jest.fn() },
};

export const useDidShow = (callback: () => void): void => {
  useEffect(() => {
    callback();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
};
export const useDidHide = (): void => undefined;
export const useLoad = useDidShow;
export const useLaunch = useDidShow;
export const useReady = useDidShow;
export const useUnload = (): void => undefined;
export const useRouter = () => ({ params: {} as Record<string, string> });
export const getCurrentInstance = () => ({ router: { params: {} } });

export const {
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getSystemInfoSync,
  getWindowInfo,
  getEnv,
  ENV_TYPE,
  navigateTo,
  navigateBack,
  getCurrentPages,
  switchTab,
  showToast,
  pxTransform,
  nextTick,
  createSelectorQuery,
} = Taro;

export default Taro;
