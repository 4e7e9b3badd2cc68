// Trees and green belts of a community (树木认养): the registry the committee keeps, adoptions, care logs, and the
// views each audience receives. An adopter's id, household or door never leaves the server.
import type { Page } from '../common/page';
import type { Ring } from '../geo';
import type { SpeciesKey } from './species';

export type Condition = 'healthy' | 'attention' | 'pest' | 'dead';
export const CONDITIONS: readonly Condition[] = ['healthy', 'attention', 'pest', 'dead'];

/** 浇水 / 修剪 / 扶正 / 除病虫害 / 清理垃圾 / 发现病害 */
export type CareAct = 'water' | 'prune' | 'straighten' | 'pest_control' | 'litter' | 'sickness';
export const CARE_ACTS: readonly CareAct[] = ['water', 'prune', 'straighten', 'pest_control', 'litter', 'sickness'];

export type PhotoVerdict = 'pass' | 'pending' | 'reject';
export interface TreePhoto {
  fileId: string;
  verdict: PhotoVerdict;
}

export interface Tree {
  id: string;
  communityId: string;
  /** The committee's own number for the tree (e.g. XFL-012), unique in the community; a sheet import matches on it. */
  code: string;
  species: SpeciesKey;
  lat: number;
  lng: number;
  /** A public spot such as "3栋东侧"; never a door. */
  spot: string;
  gridId: string | null;
  beltId: string | null;
  plantedYear: number | null;
  photos: TreePhoto[];
  condition: Condition;
  /** 古树名木 */
  heritage: boolean;
  /** The current adoption; a tree is free when `adoptedUntil` has passed (0 when it was never adopted or was freed). */
  adoptionId: string | null;
  adopterId: string | null;
  adopterKind: AdopterKind | null;
  /** A household's adoption: its members care for the tree too. Never sent to the app. */
  adopterHouseholdId: string | null;
  /** The nickname shown on the tree, only when the adopter chose to show it. */
  adopterName: string | null;
  adoptedUntil: number;
  lastCareAt: number | null;
  /** The 随手拍 case opened for this tree's sickness, while it is being handled. */
  caseId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A green belt (绿化带) drawn as an area on the plan. */
export interface GreenBelt {
  id: string;
  communityId: string;
  name: string;
  polygon: Ring;
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
  createdAt: number;
}

export type AdoptionStatus = 'active' | 'ended' | 'lapsed';
export type AdopterKind = 'person' | 'household';

export interface Adoption {
  id: string;
  communityId: string;
  treeId: string;
  /** The person who tapped 认养 (for a household, its representative). */
  adopterId: string;
  kind: AdopterKind;
  householdId: string | null;
  showName: boolean;
  startsAt: number;
  /** Midnight (China time) of the day the term ends: from then on the tree is free. */
  endsAt: number;
  renewals: number;
  status: AdoptionStatus;
  endedAt: number | null;
  /** The adopter's (or household's) last care log. */
  lastCareAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type Verification = 'pending' | 'verified' | 'rejected';

export interface CareLog {
  id: string;
  communityId: string;
  treeId: string;
  /** Set when the author logged it as (part of) the tree's adopter. */
  adoptionId: string | null;
  authorId: string;
  authorRole: 'adopter' | 'staff' | 'resident';
  householdId: string | null;
  act: CareAct;
  photos: TreePhoto[];
  note: string;
  /** The tree's condition as the author found it, when they gave one. */
  condition: Condition | null;
  verification: Verification;
  verifiedBy: string | null;
  verifiedAt: number | null;
  /** The 随手拍 case this log opened or joined. */
  caseId: string | null;
  createdAt: number;
}

/** A reminder sent once for one gap in an adoption's care: id = `${adoptionId}:${lastCareAt ?? startsAt}`. */
export interface CareReminder {
  id: string;
  communityId: string;
  adoptionId: string;
  sentAt: number;
}

export type TreeStatus = 'free' | 'adopted' | 'attention';

/** A marker on the map. */
export interface TreeMarker {
  id: string;
  code: string;
  lat: number;
  lng: number;
  species: SpeciesKey;
  status: TreeStatus;
  heritage: boolean;
}

export interface BeltView {
  id: string;
  name: string;
  polygon: Ring;
}

export interface TreesInView {
  trees: TreeMarker[];
  belts: BeltView[];
  /** More trees are in the box than were sent: zoom in. */
  truncated: boolean;
}

export interface TreeView {
  id: string;
  code: string;
  species: SpeciesKey;
  spot: string;
  lat: number;
  lng: number;
  plantedYear: number | null;
  photoUrls: string[];
  condition: Condition;
  heritage: boolean;
  status: TreeStatus;
  gridName: string | null;
  beltName: string | null;
  adopted: boolean;
  /** Shown only when the adopter chose to show it; a household's reads as "{name}家". */
  adopterName: string | null;
  adopterKind: AdopterKind | null;
  adoptedUntil: number | null;
  lastCareAt: number | null;
  /** Days this species may go without care in the current season. */
  careIntervalDays: number;
  openCase: { id: string; status: string } | null;
}

export interface CareLogView {
  id: string;
  act: CareAct;
  note: string;
  photoUrls: string[];
  condition: Condition | null;
  verification: Verification;
  byRole: CareLog['authorRole'];
  /** The adopter's name when they chose to show it; staff and other residents are named by role only. */
  byName: string | null;
  byKind: AdopterKind | null;
  caseId: string | null;
  at: number;
}

export interface MyAdoptionView {
  id: string;
  kind: AdopterKind;
  startsAt: number;
  endsAt: number;
  renewals: number;
  showName: boolean;
  lastCareAt: number | null;
  /** The day care is due by (China-time midnight), from the last care and the season. */
  careDueAt: number;
  canRenew: boolean;
}

export interface TreeAbilities {
  adopt: boolean;
  adoptAsHousehold: boolean;
  logCare: CareAct[];
  renew: boolean;
  end: boolean;
  certificate: boolean;
  edit: boolean;
}

export interface TreeDetailView extends TreeView {
  mine: MyAdoptionView | null;
  can: TreeAbilities;
  care: Page<CareLogView>;
}

export interface MyTree {
  tree: TreeView;
  adoption: MyAdoptionView;
  careDue: boolean;
}

/** What the app draws on the adoption certificate. */
export interface CertificateView {
  number: string;
  communityName: string;
  adopterName: string;
  kind: AdopterKind;
  species: SpeciesKey;
  treeCode: string;
  spot: string;
  plantedYear: number | null;
  heritage: boolean;
  startsAt: number;
  endsAt: number;
}

/** A care log waiting for the committee or the grid worker to verify it. */
export interface PendingCareView extends CareLogView {
  treeId: string;
  treeCode: string;
  species: SpeciesKey;
  spot: string;
}

export interface AttentionView {
  /** Adoptions that ran out recently, whose tree is still free. */
  lapsed: Array<{ adoptionId: string; treeId: string; treeCode: string; species: SpeciesKey; spot: string; endedAt: number }>;
  /** Adopted trees whose care is overdue. */
  neglected: Array<{ treeId: string; treeCode: string; species: SpeciesKey; spot: string; lastCareAt: number | null; overdueDays: number }>;
  /** Trees not in good health. */
  unwell: Array<{ treeId: string; treeCode: string; species: SpeciesKey; spot: string; condition: Condition; caseId: string | null }>;
  /** Trees nobody has adopted. */
  unadopted: { count: number; trees: Array<{ treeId: string; treeCode: string; species: SpeciesKey; spot: string; lastCareAt: number | null }> };
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Nothing is written while any line has a problem. */
  problems: Array<{ line: number; field: string; reason: string }>;
}
