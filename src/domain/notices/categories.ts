// The five sorts of notice a committee posts, in the order the publish form offers them.
export const NOTICE_CATEGORIES = [
  { key: 'notice', zh: '通知', en: 'Notice' },
  { key: 'publicity', zh: '公示', en: 'Public notice' },
  { key: 'event', zh: '活动', en: 'Event' },
  { key: 'policy', zh: '政策', en: 'Policy' },
  { key: 'outage', zh: '停水停电', en: 'Water / power cut' },
] as const;

export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number]['key'];

export const NOTICE_CATEGORY_KEYS = NOTICE_CATEGORIES.map((category) => category.key) as [NoticeCategory, ...NoticeCategory[]];
