// Report views as the cloud answers them, and the device bits the report form uses (GPS, photo upload).
import Taro from '@tarojs/taro';
import type { CommunityMap, NearbyReport, PublicReportView, QueueItem, ReportAbilities, ReportDetailView } from '@/domain/reports/types';
import type { SessionView } from '@/domain/membership/types';
import { resident } from './support';

const T0 = Date.UTC(2026, 10, 20, 2, 0);
const HOUR = 3_600_000;

export const XINGFULI_MAP: CommunityMap = {
  communityId: 'c-xingfuli',
  name: '幸福里社区',
  center: { lat: 30.66, lng: 104.08 },
  grids: [
    { id: 'g-1', name: '第一网格', polygon: [[104.077, 30.6585], [104.08, 30.6585], [104.08, 30.6615], [104.077, 30.6615]] },
    { id: 'g-2', name: '第二网格', polygon: [[104.08, 30.6585], [104.083, 30.6585], [104.083, 30.6615], [104.08, 30.6615]] },
    { id: 'g-3', name: '第三网格', polygon: [[104.077, 30.6615], [104.083, 30.6615], [104.083, 30.664], [104.077, 30.664]] },
  ],
  buildings: [
    { id: 'b-4', name: '4栋', footprint: [[104.0808, 30.66059], [104.0816, 30.66059], [104.0816, 30.66081], [104.0808, 30.66081]] },
    { id: 'b-5', name: '5栋', footprint: [[104.0808, 30.65969], [104.0816, 30.65969], [104.0816, 30.65991], [104.0808, 30.65991]] },
  ],
};

export const staff = (role: 'grid_worker' | 'committee' | 'street'): SessionView =>
  resident({ membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role, householdId: null, householdLabel: null } });

export const queueItem = (id: string, overrides: Partial<QueueItem> = {}): QueueItem => ({
  id,
  caseNo: null,
  category: 'clutter',
  description: `楼道堆放杂物 ${id}`,
  address: '5栋2单元楼道',
  status: 'submitted',
  level: 'grid',
  gridId: 'g-2',
  gridName: '第二网格',
  supportCount: 0,
  rejections: 0,
  flagged: false,
  hidden: false,
  overdue: false,
  dueAt: T0 + 48 * HOUR,
  createdAt: T0,
  thumbUrl: null,
  ...overrides,
});

export const publicReport = (id: string, overrides: Partial<PublicReportView> = {}): PublicReportView => ({
  id,
  caseNo: null,
  category: 'clutter',
  description: `单车乱停 ${id}`,
  photoUrls: [],
  afterPhotoUrls: [],
  lat: 30.66,
  lng: 104.0815,
  address: '5栋东侧',
  reporterName: null,
  status: 'in_progress',
  level: 'grid',
  gridName: '第二网格',
  supportCount: 2,
  overdue: false,
  createdAt: T0,
  dueAt: T0 + 48 * HOUR,
  closedAt: null,
  duplicateOf: null,
  reopenedFrom: null,
  subject: null,
  timeline: [{ kind: 'submitted', status: 'submitted', actorRole: 'resident', at: T0 }],
  ...overrides,
});

const NOBODY: ReportAbilities = { verify: false, reopen: false, support: false, accept: false, start: false, escalate: false, resolve: false, moderate: false };

export const detailOf = ({ can, ...rest }: Partial<Omit<ReportDetailView, 'can'>> & { can?: Partial<ReportAbilities> } = {}): ReportDetailView => ({
  ...publicReport('r-1'),
  status: 'resolved',
  afterPhotoUrls: ['/files/after-1'],
  timeline: [
    { kind: 'submitted', status: 'submitted', actorRole: 'resident', at: T0 },
    { kind: 'accepted', status: 'accepted', actorRole: 'grid_worker', at: T0 + HOUR },
    { kind: 'resolved', status: 'resolved', actorRole: 'grid_worker', note: '已清理完毕', at: T0 + 2 * HOUR },
  ],
  mine: true,
  supportedByMe: false,
  pendingPhotoCount: 0,
  resolutionNote: '已清理完毕',
  rejections: 0,
  flagged: false,
  hidden: false,
  filedOnBehalf: false,
  ...rest,
  can: { ...NOBODY, ...can },
});

export const nearbyReport = (id: string, overrides: Partial<NearbyReport> = {}): NearbyReport => ({
  id,
  category: 'clutter',
  description: '5栋门口堆了旧家具',
  address: '5栋门口',
  status: 'submitted',
  distanceMeters: 12.4,
  supportCount: 1,
  supportedByMe: false,
  mine: false,
  thumbUrl: null,
  ...overrides,
});

/** The browser's GPS answers with this spot (inside 第二网格). */
export function gpsAt(latitude: number, longitude: number): void {
  Object.defineProperty(global.navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (success: (position: unknown) => void) => success({ coords: { latitude, longitude, accuracy: 5 } }) },
  });
}

/**
 * The picked photos and the gateway's upload endpoint, in front of the fake server's fetch:
 * each pick returns `paths`, each upload answers the next file id.
 */
export function photosPickable(paths: string[]): { uploads: () => number } {
  let uploads = 0;
  (Taro.chooseImage as jest.Mock).mockResolvedValue({ tempFilePaths: paths });
  const inner = global.fetch;
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const target = String(url);
    if (target.startsWith('blob:')) return { blob: async () => new Blob(['jpeg']) } as Response;
    if (target.endsWith('/api/upload')) {
      uploads += 1;
      const envelope = { ok: true, data: { fileId: `file-${uploads}`, url: `/files/file-${uploads}` } };
      return { ok: true, status: 200, json: async () => envelope } as Response;
    }
    return inner(url, init);
  }) as typeof fetch;
  return { uploads: () => uploads };
}
