// Trees as the server answers them, for the page tests.
import type { CareLogView, MyAdoptionView, TreeDetailView, TreesInView } from '@/domain/trees/types';

const T0 = Date.parse('2026-11-20T09:00:00+08:00');
const DAY = 86_400_000;

export const IN_VIEW: TreesInView = {
  trees: [
    { id: 't-030', code: 'XFL-030', lat: 30.6593, lng: 104.0812, species: 'camphor', status: 'free', heritage: false },
    { id: 't-001', code: 'XFL-001', lat: 30.6596, lng: 104.0795, species: 'camphor', status: 'adopted', heritage: false },
    { id: 't-020', code: 'XFL-020', lat: 30.6628, lng: 104.08, species: 'osmanthus', status: 'free', heritage: true },
    { id: 't-040', code: 'XFL-040', lat: 30.6608, lng: 104.0806, species: 'banyan', status: 'attention', heritage: false },
  ],
  belts: [{ id: 'gb-3', name: '3栋东侧绿化带', polygon: [[104.0792, 30.6589], [104.0799, 30.6589], [104.0799, 30.6601], [104.0792, 30.6601]] }],
  truncated: false,
};

export const careLog = (id: string, overrides: Partial<CareLogView> = {}): CareLogView => ({
  id,
  act: 'water',
  note: '浇了两桶水',
  photoUrls: [],
  condition: null,
  verification: 'verified',
  byRole: 'adopter',
  byName: '赵大爷',
  byKind: 'person',
  caseId: null,
  at: T0 - 3 * DAY,
  ...overrides,
});

export const myAdoption = (overrides: Partial<MyAdoptionView> = {}): MyAdoptionView => ({
  id: 'a-1',
  kind: 'person',
  startsAt: T0,
  endsAt: Date.parse('2027-11-20T00:00:00+08:00'),
  renewals: 0,
  showName: false,
  lastCareAt: null,
  careDueAt: Date.parse('2099-01-01T00:00:00+08:00'),
  canRenew: false,
  ...overrides,
});

export const treeDetail = ({ can, ...overrides }: Partial<Omit<TreeDetailView, 'can'>> & { can?: Partial<TreeDetailView['can']> } = {}): TreeDetailView => ({
  id: 't-030',
  code: 'XFL-030',
  species: 'camphor',
  spot: '6栋北侧',
  lat: 30.6595,
  lng: 104.0822,
  plantedYear: 2010,
  photoUrls: [],
  condition: 'healthy',
  heritage: false,
  status: 'free',
  gridName: '第二网格',
  beltName: null,
  adopted: false,
  adopterName: null,
  adopterKind: null,
  adoptedUntil: null,
  lastCareAt: null,
  careIntervalDays: 7,
  openCase: null,
  mine: null,
  can: { adopt: true, adoptAsHousehold: true, logCare: ['sickness'], renew: false, end: false, certificate: false, edit: false, ...can },
  care: { items: [], nextBefore: null },
  ...overrides,
});
