// Where things live: tab pages switch, feature pages open on top (their URLs come from the feature registry).
import Taro from '@tarojs/taro';
import { membershipApp, notificationsApp, pageUrl, reportsApp } from '@/features/registry';

export const TAB = {
  home: '/pages/home/index',
  report: '/pages/report/index',
  participate: '/pages/participate/index',
  me: '/pages/me/index',
} as const;

export const MEMBERSHIP = {
  profile: pageUrl(membershipApp, 'pages/profile/index'),
  join: pageUrl(membershipApp, 'pages/join/index'),
  approvals: pageUrl(membershipApp, 'pages/approvals/index'),
  codes: pageUrl(membershipApp, 'pages/codes/index'),
} as const;

export const NOTIFICATIONS = {
  inbox: pageUrl(notificationsApp, 'pages/inbox/index'),
} as const;

export const switchTab = (url: (typeof TAB)[keyof typeof TAB]) => void Taro.switchTab({ url });
export const openPage = (url: string) => void Taro.navigateTo({ url });

/** Back to where the person came from; a page opened by its address has no page behind it, so it gives way to `url`. */
export const backOr = (url: string) => void (Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : Taro.redirectTo({ url })).catch(() => undefined);

const withId = (url: string, id: string) => `${url}?id=${encodeURIComponent(id)}`;

export const REPORTS = {
  new: pageUrl(reportsApp, 'pages/new/index'),
  mine: pageUrl(reportsApp, 'pages/mine/index'),
  list: pageUrl(reportsApp, 'pages/list/index'),
  queue: pageUrl(reportsApp, 'pages/queue/index'),
  admin: pageUrl(reportsApp, 'pages/admin/index'),
  detail: (id: string) => withId(pageUrl(reportsApp, 'pages/detail/index'), id),
  resolve: (id: string) => withId(pageUrl(reportsApp, 'pages/resolve/index'), id),
} as const;
