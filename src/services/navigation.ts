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
  codes: '/features/membership/pages/codes/index',
  inbox: '/features/membership/pages/inbox/index',
} as const;

export const switchTab = (url: (typeof TAB)[keyof typeof TAB]) => void Taro.switchTab({ url });
export const openPage = (url: string) => void Taro.navigateTo({ url });

export const REPORTS = {
  new: '/features/reports/pages/new/index',
  mine: '/features/reports/pages/mine/index',
  list: '/features/reports/pages/list/index',
  queue: '/features/reports/pages/queue/index',
  admin: '/features/reports/pages/admin/index',
  detail: (id: string) => `/features/reports/pages/detail/index?id=${encodeURIComponent(id)}`,
  resolve: (id: string) => `/features/reports/pages/resolve/index?id=${encodeURIComponent(id)}`,
} as const;
