// The words of 公告 the server and the shared schemas speak: categories, refusals, field checks, the push.
import type { NoticeKind } from '../common/feature';
import type { MessageTable } from '../common/messages';
import { NOTICE_CATEGORIES } from './categories';

const categoryWords = Object.fromEntries(NOTICE_CATEGORIES.map((c) => [`noticeCategory.${c.key}`, { zh: c.zh, en: c.en }]));

export const noticeMessages: MessageTable = {
  ...categoryWords,
  'notice.pickCategory': { zh: '请选择公告类型', en: 'Please pick a kind of notice' },
  'notice.titleRequired': { zh: '请填写标题', en: 'Please enter a title' },
  'notice.bodyRequired': { zh: '请填写正文', en: 'Please write the notice' },
  'notice.notFound': { zh: '该公告不存在或已撤回', en: 'This notice does not exist or was withdrawn' },
  'notice.communityNotFound': { zh: '只能在本社区（或本街道的社区）发布公告', en: 'You can only publish in your own community (or your street’s)' },
  'notice.expiresBeforePublish': { zh: '截止时间须晚于发布时间', en: 'The notice must expire after it is published' },
  'notice.importantIsImmediate': { zh: '重要提醒随立即发布推送，定时发布的公告不能设为重要提醒', en: 'Important notices are pushed when published, so they cannot be scheduled' },
  'notice.withdrawnNoEdit': { zh: '公告已撤回，不能再修改', en: 'This notice was withdrawn and can no longer be changed' },
  'notice.stale': { zh: '公告刚刚被他人修改过，请刷新后重试', en: 'Someone else just changed this notice, please refresh and try again' },
  'notice.buildingNotInAudience': { zh: '该楼栋不在公告范围内', en: 'That building is not in the notice’s audience' },
};

export const noticeNotices = {
  'notice.published': {
    to: 'members',
    title: { zh: '社区公告：{title}', en: 'Community notice: {title}' },
    body: { zh: '{category} · {community}', en: '{category} · {community}' },
  },
} satisfies Record<string, NoticeKind>;
