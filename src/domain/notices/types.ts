// Notices (公告) as stored, and the views readers and the committee receive.
import type { Audience, AudienceView } from '../common/scope';
import type { NoticeCategory } from './categories';

export type NoticeStatus = 'published' | 'withdrawn';

export interface NoticePhoto {
  fileId: string;
  verdict: 'pass' | 'pending' | 'reject';
}

/** What a reader reads: every edit of these makes a new version (see rules.ts, `changesContent`). */
export interface NoticeContent {
  title: string;
  /** Paragraphs, in order. */
  body: string[];
  images: NoticePhoto[];
}

export interface Notice extends NoticeContent {
  id: string;
  communityId: string;
  streetId: string;
  category: NoticeCategory;
  audience: Audience;
  pinned: boolean;
  /** Important notices are pushed to every resident in the audience when published. */
  important: boolean;
  /** Readers see it from this time on (a scheduled notice is invisible to them before). */
  publishAt: number;
  /** It leaves the home feed at this time (it stays in the full list); null: never. */
  expiresAt: number | null;
  status: NoticeStatus;
  /** 1 when published; each content edit adds one and keeps the earlier content as a NoticeVersion. */
  version: number;
  authorId: string;
  authorRole: 'committee' | 'street';
  createdAt: number;
  updatedAt: number;
  /** When the content was last changed (unset while it is the first version). */
  editedAt?: number;
}

/** An earlier content of a notice, id `${noticeId}:v${version}`; kept forever, so no edit is silent. */
export interface NoticeVersion extends NoticeContent {
  id: string;
  noticeId: string;
  communityId: string;
  version: number;
  /** When this content was first shown, and when an edit replaced it. */
  since: number;
  replacedAt: number;
  editorId: string;
}

/**
 * One row of the feed index per audience key (plus the overseers' key), id `${noticeId}:${key}`: "what is addressed
 * to me" is one indexed read by key. `createdAt` is the publish time, so lists page newest-published first.
 */
export interface NoticeFeedRow {
  id: string;
  noticeId: string;
  communityId: string;
  key: string;
  pinned: boolean;
  createdAt: number;
  /** expiresAt, or the largest time when the notice never expires, so "not expired" is one range. */
  until: number;
}

/** One person's read, id `${noticeId}:${userId}`: a second read of the same person is the same record. */
export interface NoticeRead {
  id: string;
  noticeId: string;
  communityId: string;
  userId: string;
  /** Set when the read counts towards 知晓率 (a resident of a household in the audience). */
  householdId?: string;
  buildingId?: string;
  version: number;
  at: number;
}

/** A household's first read, id `${noticeId}:${householdId}`: its existence is what "this household has read it" means. */
export interface NoticeHouseholdRead {
  id: string;
  noticeId: string;
  communityId: string;
  householdId: string;
  buildingId: string;
  at: number;
}

/** Reads of one notice in one building, id `${noticeId}:${buildingId}`, counted in the read's own transaction. */
export interface NoticeTally {
  id: string;
  noticeId: string;
  communityId: string;
  buildingId: string;
  residents: number;
  households: number;
}

export interface NoticeRow {
  id: string;
  category: NoticeCategory;
  title: string;
  /** The first paragraph, clipped. */
  excerpt: string;
  audience: AudienceView;
  pinned: boolean;
  important: boolean;
  publishAt: number;
  expiresAt: number | null;
  expired: boolean;
  /** Not yet visible to residents (only overseers see such rows). */
  scheduled: boolean;
  withdrawn: boolean;
  /** Changed after publishing: readers see 已修改 and the history. */
  edited: boolean;
  unread: boolean;
  thumbUrl: string | null;
}

export interface NoticeVersionView {
  version: number;
  title: string;
  body: string[];
  imageUrls: string[];
  since: number;
  replacedAt: number;
}

export interface NoticeAbilities {
  edit: boolean;
  withdraw: boolean;
  readStats: boolean;
}

export interface NoticeDetailView extends NoticeRow {
  body: string[];
  imageUrls: string[];
  /** Photos still waiting for the content check (shown to overseers only). */
  pendingImageCount: number;
  version: number;
  /** Earlier versions, newest first; empty when never edited. */
  history: NoticeVersionView[];
  /** When the content last changed; null while it is the first version. */
  editedAt: number | null;
  can: NoticeAbilities;
  /** For the edit form (overseers only): the current images with their file ids, pending ones included. */
  editImages: Array<{ fileId: string; previewUrl: string }>;
}

export interface ReadCount {
  read: number;
  total: number;
}

export interface BuildingReadStats {
  buildingId: string;
  name: string;
  households: ReadCount;
  residents: ReadCount;
}

/** 知晓率 of one notice: households and residents of the audience who opened it, overall and per building. */
export interface ReadStatsView {
  noticeId: string;
  title: string;
  audience: AudienceView;
  households: ReadCount;
  residents: ReadCount;
  buildings: BuildingReadStats[];
}

/** A household of the audience nobody has read the notice in: a door to knock on. Never a phone number. */
export interface UnreadHousehold {
  householdId: string;
  label: string;
  /** Residents registered in it; 0 means nobody there uses the app yet. */
  residents: number;
}
