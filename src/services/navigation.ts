// Where things live: tab pages switch, feature pages open on top (their URLs come from the feature registry).
import Taro from '@tarojs/taro';
import { councilsApp, drivesApp, membershipApp, noticesApp, notificationsApp, pageUrl, pollsApp, reportsApp } from '@/features/registry';

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

export const COUNCILS = {
  topics: pageUrl(councilsApp, 'pages/topics/index'),
  topic: (id: string) => withId(pageUrl(councilsApp, 'pages/topic/index'), id),
  propose: pageUrl(councilsApp, 'pages/propose/index'),
  vote: (id: string) => withId(pageUrl(councilsApp, 'pages/vote/index'), id),
  /** For a topic, or a vote on its own when no topic is given. */
  newVote: (topicId?: string) => (topicId ? withId(pageUrl(councilsApp, 'pages/vote-new/index'), topicId) : pageUrl(councilsApp, 'pages/vote-new/index')),
  electors: (id: string) => withId(pageUrl(councilsApp, 'pages/electors/index'), id),
  meeting: (id: string) => withId(pageUrl(councilsApp, 'pages/meeting/index'), id),
  publish: (id: string, kind: 'minutes' | 'result') => `${withId(pageUrl(councilsApp, 'pages/publish/index'), id)}&kind=${kind}`,
  register: pageUrl(councilsApp, 'pages/register/index'),
} as const;

export const POLLS = {
  list: pageUrl(pollsApp, 'pages/list/index'),
  create: pageUrl(pollsApp, 'pages/create/index'),
  answer: (id: string) => withId(pageUrl(pollsApp, 'pages/answer/index'), id),
  results: (id: string) => withId(pageUrl(pollsApp, 'pages/results/index'), id),
} as const;

export const NOTICES = {
  list: pageUrl(noticesApp, 'pages/list/index'),
  publish: pageUrl(noticesApp, 'pages/publish/index'),
  detail: (id: string) => withId(pageUrl(noticesApp, 'pages/detail/index'), id),
  edit: (id: string) => withId(pageUrl(noticesApp, 'pages/publish/index'), id),
  reads: (id: string) => withId(pageUrl(noticesApp, 'pages/reads/index'), id),
} as const;

export const DRIVES = {
  list: pageUrl(drivesApp, 'pages/list/index'),
  publish: pageUrl(drivesApp, 'pages/publish/index'),
  profile: pageUrl(drivesApp, 'pages/profile/index'),
  certificate: pageUrl(drivesApp, 'pages/certificate/index'),
  detail: (id: string) => withId(pageUrl(drivesApp, 'pages/detail/index'), id),
  checkInCode: (id: string) => withId(pageUrl(drivesApp, 'pages/checkin-code/index'), id),
  attendance: (id: string) => withId(pageUrl(drivesApp, 'pages/attendance/index'), id),
} as const;
