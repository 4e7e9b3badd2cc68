// The problem taxonomy of the seed work reports, each with its handling deadline (时限) in hours.

export const CATEGORIES = [
  { key: 'clutter', zh: '乱堆乱放', en: 'Clutter', deadlineHours: 48 },
  { key: 'dirty_spot', zh: '卫生死角', en: 'Neglected dirty spot', deadlineHours: 48 },
  { key: 'overflowing_bin', zh: '垃圾满溢', en: 'Overflowing bins', deadlineHours: 12 },
  { key: 'litter', zh: '暴露垃圾', en: 'Litter', deadlineHours: 24 },
  { key: 'construction_waste', zh: '建筑垃圾', en: 'Construction waste', deadlineHours: 72 },
  { key: 'flyers', zh: '小广告', en: 'Illegal flyers', deadlineHours: 72 },
  { key: 'street_trading', zh: '占道经营', en: 'Street trading', deadlineHours: 24 },
  { key: 'bad_parking', zh: '乱停乱放', en: 'Bad parking / abandoned car', deadlineHours: 72 },
  { key: 'illegal_structure', zh: '乱搭乱建', en: 'Illegal structure', deadlineHours: 168 },
  { key: 'sewage', zh: '污水堵塞', en: 'Sewage / blocked drain', deadlineHours: 24 },
  { key: 'greenery', zh: '绿化损坏', en: 'Damaged greenery', deadlineHours: 72 },
  { key: 'facility', zh: '公共设施损坏', en: 'Broken facility', deadlineHours: 72 },
  { key: 'pests', zh: '四害', en: 'Pests / standing water', deadlineHours: 48 },
  { key: 'wiring', zh: '飞线充电', en: 'Dangerous wiring', deadlineHours: 12 },
  { key: 'other', zh: '其他', en: 'Other', deadlineHours: 72 },
] as const;

export type Category = (typeof CATEGORIES)[number];
export type CategoryKey = Category['key'];

export const CATEGORY_KEYS = CATEGORIES.map((c) => c.key) as [CategoryKey, ...CategoryKey[]];

export const categoryOf = (key: CategoryKey): Category => CATEGORIES.find((c) => c.key === key)!;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** When a case filed at `createdAt` must be resolved by. */
export const dueAtFor = (key: CategoryKey, createdAt: number): number => createdAt + categoryOf(key).deadlineHours * HOUR_MS;
