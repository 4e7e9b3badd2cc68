// Notice views as the server sends them, for page tests.
import type { NoticeDetailView, NoticeRow, ReadStatsView } from '@/domain/notices/types';
import type { PlaceTree } from '@/domain/places/actions';

const AT = Date.parse('2026-11-20T09:00:00+08:00');

export const noticeRow = (id: string, overrides: Partial<NoticeRow> = {}): NoticeRow => ({
  id,
  category: 'outage',
  title: `3栋停水通知 ${id}`,
  excerpt: '因二次供水管道检修，本周六8:00—16:00停水。',
  audience: { level: 'building', names: ['3栋'] },
  pinned: false,
  important: false,
  publishAt: AT,
  expiresAt: null,
  expired: false,
  scheduled: false,
  withdrawn: false,
  edited: false,
  unread: false,
  thumbUrl: null,
  ...overrides,
});

export const noticeDetail = (overrides: Partial<NoticeDetailView> = {}): NoticeDetailView => ({
  ...noticeRow('nt-1'),
  body: ['因二次供水管道检修，本周六8:00—16:00停水。', '请提前储水。'],
  imageUrls: [],
  pendingImageCount: 0,
  version: 1,
  history: [],
  editedAt: null,
  can: { edit: false, withdraw: false, readStats: false },
  editImages: [],
  ...overrides,
});

export const places: PlaceTree = {
  communityId: 'c-xingfuli',
  name: '幸福里社区',
  grids: [
    { id: 'g-1', name: '第一网格', buildings: [{ id: 'b-1', name: '1栋' }, { id: 'b-2', name: '2栋' }, { id: 'b-3', name: '3栋' }] },
    { id: 'g-2', name: '第二网格', buildings: [{ id: 'b-4', name: '4栋' }, { id: 'b-5', name: '5栋' }] },
  ],
};

export const readStats = (overrides: Partial<ReadStatsView> = {}): ReadStatsView => ({
  noticeId: 'nt-1',
  title: '3栋停水通知',
  audience: { level: 'building', names: ['3栋'] },
  households: { read: 1, total: 5 },
  residents: { read: 1, total: 4 },
  buildings: [{ buildingId: 'b-3', name: '3栋', households: { read: 1, total: 5 }, residents: { read: 1, total: 4 } }],
  ...overrides,
});
