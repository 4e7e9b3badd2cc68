// Problem reports (随手拍) as stored, and the views each audience receives.
import type { CategoryKey } from './categories';

/**
 * submitted → accepted → in_progress → resolved → closed, with rework (resolved → in_progress on rejection),
 * escalation (back to submitted one level up) and the committee's duplicate (terminal). See status.ts.
 */
export type ReportStatus = 'submitted' | 'accepted' | 'in_progress' | 'resolved' | 'closed' | 'duplicate';

/** Who handles the case now: the grid's worker, the community (committee / duty queue) or the street office. */
export type ReportLevel = 'grid' | 'community' | 'street';

export type PhotoVerdict = 'pass' | 'pending' | 'reject';
export interface ReportPhoto {
  fileId: string;
  verdict: PhotoVerdict;
}

export interface Report {
  id: string;
  /** The short number people say and type: year and sequence within the community, e.g. 2026-0042. */
  caseNo?: string;
  communityId: string;
  streetId: string;
  /** The grid whose polygon contains the spot, or null: then the community's duty queue handles it. */
  gridId: string | null;
  level: ReportLevel;
  category: CategoryKey;
  description: string;
  photos: ReportPhoto[];
  lat: number;
  lng: number;
  /** A public spot description such as "3栋东侧绿化带"; never a resident's door. */
  address: string;
  reporterId: string;
  /** The role the reporter filed in: the first entry of the timeline (see filing.ts). */
  reporterRole?: ReportEvent['actorRole'];
  /** Default false: the public sees "居民" instead of the reporter's nickname. */
  showName: boolean;
  /** Set when a grid worker filed it for a resident without a phone (代办). */
  filedBy?: { userId: string; onBehalfOf: string };
  status: ReportStatus;
  handlerId?: string;
  afterPhotos: ReportPhoto[];
  resolutionNote?: string;
  /** Times the reporter rejected a fix. */
  rejections: number;
  /** Raised for the committee (督办) after 3 rejections. */
  flagged: boolean;
  /** Hidden from the public by the committee for abusive content. */
  hidden: boolean;
  supportCount: number;
  duplicateOf?: string;
  /** Cases marked as duplicates of this one. */
  duplicateCount?: number;
  reopenedFrom?: string;
  /** The one case this closed case was reopened as; set by a conditional write, so at most one exists. */
  reopenedAs?: string;
  /** A volunteer drive took this case on: its organiser may handle it too (see rules.canHandle). */
  takenOnBy?: { driveId: string; organiserId: string };
  /** What the case is about when another feature filed it (e.g. a sick tree). */
  subject?: ReportSubject;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
  resolvedAt?: number;
  closedAt?: number;
}

/** A record of another feature a case is about: `{ kind: 'tree', id }` links the case to the tree's page. */
export interface ReportSubject {
  kind: string;
  id: string;
}

export type ReportEventKind =
  | 'submitted'
  | 'accepted'
  | 'started'
  | 'escalated'
  | 'resolved'
  | 'confirmed'
  | 'rejected'
  | 'reassigned'
  | 'marked_duplicate'
  | 'hidden'
  | 'reopened'
  | 'taken_on';

export interface ReportEvent {
  id: string;
  reportId: string;
  kind: ReportEventKind;
  /** The status after the event. */
  status: ReportStatus;
  actorId: string;
  actorRole: 'resident' | 'grid_worker' | 'committee' | 'street';
  note?: string;
  at: number;
}

/** One timeline entry as shown to anyone: who acted by role, never by id. */
export interface TimelineEntry {
  kind: ReportEventKind;
  status: ReportStatus;
  actorRole: ReportEvent['actorRole'];
  note?: string;
  at: number;
}

/** What any member of the community sees of a case. No reporter id, phone, or handler id. */
export interface PublicReportView {
  id: string;
  /** e.g. 2026-0042; null for a case filed before numbering. */
  caseNo: string | null;
  category: CategoryKey;
  description: string;
  /** Display URLs of photos that passed content checks only. */
  photoUrls: string[];
  afterPhotoUrls: string[];
  lat: number;
  lng: number;
  address: string;
  /** The nickname when the reporter chose to show it, else null (shown as 居民). */
  reporterName: string | null;
  status: ReportStatus;
  level: ReportLevel;
  gridName: string | null;
  supportCount: number;
  overdue: boolean;
  createdAt: number;
  dueAt: number;
  closedAt: number | null;
  duplicateOf: string | null;
  reopenedFrom: string | null;
  subject: ReportSubject | null;
  timeline: TimelineEntry[];
}

/** What the caller may do next with this case, so screens show only the buttons that will work. */
export interface ReportAbilities {
  verify: boolean;
  reopen: boolean;
  support: boolean;
  accept: boolean;
  start: boolean;
  escalate: boolean;
  resolve: boolean;
  moderate: boolean;
}

/** The detail screen: the public view plus what only the caller may see and do. */
export interface ReportDetailView extends PublicReportView {
  mine: boolean;
  supportedByMe: boolean;
  /** Photos of the caller's own report still waiting for a verdict (shown only to the reporter). */
  pendingPhotoCount: number;
  resolutionNote: string | null;
  rejections: number;
  flagged: boolean;
  hidden: boolean;
  filedOnBehalf: boolean;
  can: ReportAbilities;
}

/** A row in a handler's queue or the committee's list. */
export interface QueueItem {
  id: string;
  caseNo: string | null;
  category: CategoryKey;
  description: string;
  address: string;
  status: ReportStatus;
  level: ReportLevel;
  gridId: string | null;
  gridName: string | null;
  supportCount: number;
  rejections: number;
  flagged: boolean;
  hidden: boolean;
  overdue: boolean;
  dueAt: number;
  createdAt: number;
  thumbUrl: string | null;
}

/** A nearby open case offered before submitting ("is it one of these?"). */
export interface NearbyReport {
  id: string;
  category: CategoryKey;
  description: string;
  address: string;
  status: ReportStatus;
  distanceMeters: number;
  supportCount: number;
  supportedByMe: boolean;
  mine: boolean;
  thumbUrl: string | null;
}


/** The caller's community as a plan: its centre and grid boundaries ([lng, lat] rings), for picking a spot and routing. */
export interface CommunityMap {
  communityId: string;
  name: string;
  center: { lat: number; lng: number };
  grids: Array<{ id: string; name: string; polygon: Array<[number, number]> }>;
  /** Buildings with a known outline, so a resident finds 5栋 on the plan. */
  buildings: Array<{ id: string; name: string; footprint: Array<[number, number]> }>;
}
