// Where things live: tab pages switch, feature pages open on top.
import Taro from '@tarojs/taro';

export const TAB = {
  home: '/pages/home/index',
  report: '/pages/report/index',
  participate: '/pages/participate/index',
  me: '/pages/me/index',
} as const;

export const MEMBERSHIP = {
  profile: '/features/membership/pages/profile/index',
  join: '/features/membership/pages/join/index',
  approvals: '/features/membership/pages/approvals/index',
  inbox: '/features/membership/pages/inbox/index',
} as const;

export const switchTab = (url: (typeof TAB)[keyof typeof TAB]) => void Taro.switchTab({ url });
export const openPage = (url: string) => void Taro.navigateTo({ url });
