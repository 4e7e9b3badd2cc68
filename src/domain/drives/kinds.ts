// The kinds of volunteer drive the seed work reports name, in the committees' own words.

export const DRIVE_KINDS = [
  { key: 'cleanup', zh: '卫生死角大清除', en: 'Clean-up of neglected spots' },
  { key: 'sorting', zh: '垃圾分类督导', en: 'Waste-sorting guidance' },
  { key: 'civility', zh: '文明劝导', en: 'Civility guidance' },
  { key: 'trees', zh: '树木养护', en: 'Tree care' },
  { key: 'elders', zh: '敬老探访', en: 'Visiting elders' },
  { key: 'other', zh: '其他', en: 'Other' },
] as const;

export type DriveKind = (typeof DRIVE_KINDS)[number]['key'];

export const DRIVE_KIND_KEYS = DRIVE_KINDS.map((kind) => kind.key) as [DriveKind, ...DriveKind[]];
