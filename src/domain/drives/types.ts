// Volunteer drives (志愿活动) as stored, and the views each reader receives.
import type { Audience } from '../common/scope';
import type { CategoryKey } from '../reports/categories';
import type { ReportStatus } from '../reports/types';
import type { DriveKind } from './kinds';

export interface DrivePhoto {
  fileId: string;
  verdict: 'pass' | 'pending' | 'reject';
}

/** A part of the work with its own places, e.g. 清扫 ×6, 劝导 ×2. */
export interface DriveTask {
  key: string;
  name: string;
  capacity: number;
}

export interface DrivePlace {
  lat: number;
  lng: number;
  /** A public spot such as "5栋后院"; never a resident's door. */
  address: string;
  /** When set, checking in needs a location within this many metres of the point. */
  radiusMeters: number | null;
}

/** The organiser is the committee, or a resident the committee named 志愿队长 of a team. */
export type OrganiserKind = 'committee' | 'captain';

export interface Drive {
  id: string;
  communityId: string;
  streetId: string;
  /** Drives published together as a recurring series share the id of the first. */
  seriesId: string;
  title: string;
  kind: DriveKind;
  description: string;
  /** What volunteers should bring (手套、扫帚…). */
  bring: string;
  startsAt: number;
  endsAt: number;
  /** Sign-ups and cancellations close at this time. */
  signUpBy: number;
  place: DrivePlace;
  /** All places; with tasks, the sum of their capacities. */
  capacity: number;
  /** Empty: one pool of places for everyone. */
  tasks: DriveTask[];
  cover: DrivePhoto[];
  audience: Audience;
  organiserId: string;
  organiser: OrganiserKind;
  team: string | null;
  /** Open 随手拍 cases of the community this drive takes on. */
  reportIds: string[];
  /** Places not yet taken, kept in the same transaction as each slot, for "still has places". */
  placesLeft: number;
  /** When attendance closed at the end of the window (auto check-out, no-shows). */
  closedAt: number | null;
  /** When the organiser last confirmed hours. */
  hoursConfirmedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** The key of the single pool of a drive without tasks. */
export const ALL_PLACES = 'all';

/**
 * The counter behind one pool of places (the drive's, or one task's): id `${driveId}:${taskKey}`. Sign-ups take a
 * place while `taken < capacity` and every arrival takes the next `seq`, so the waitlist keeps arrival order.
 */
export interface DriveSlot {
  id: string;
  driveId: string;
  communityId: string;
  taskKey: string;
  capacity: number;
  taken: number;
  seq: number;
}

/**
 * signed_up ⇄ waitlisted (promotion), → cancelled (before the deadline), → checked_in → checked_out; a place never
 * checked in by the end of the window is no_show. See status.ts.
 */
export type SignupStatus = 'signed_up' | 'waitlisted' | 'cancelled' | 'checked_in' | 'checked_out' | 'no_show';

export interface ConfirmedHours {
  minutes: number;
  /** What check-in → check-out gave, before any correction. */
  computedMinutes: number;
  confirmedAt: number;
  confirmedBy: string;
  /** Why the organiser corrected the computed time; null when not corrected. */
  reason: string | null;
}

export interface Signup {
  /** `${driveId}:${userId}`, or `${driveId}:walkin:…` for a person without a phone checked in by the organiser. */
  id: string;
  driveId: string;
  communityId: string;
  userId: string | null;
  /** 代签 of a person with no account: the name the organiser wrote (e.g. 5栋 李奶奶). */
  walkInName: string | null;
  taskKey: string;
  status: SignupStatus;
  /** Arrival order within the slot; the waitlist is promoted by it. */
  seq: number;
  checkedInAt: number | null;
  checkedOutAt: number | null;
  checkInBy: 'self' | 'proxy' | null;
  checkOutBy: 'self' | 'proxy' | 'auto' | null;
  /** The organiser who checked this person in or out for them (代签). */
  proxyBy: string | null;
  /** The check-in code window last used, so the same code cannot also check the person out. */
  usedWindow: number | null;
  /** Only confirmed hours count. */
  hours: ConfirmedHours | null;
  /** When the day-before reminder went out; null until then. */
  remindedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A 志愿队长: id `${communityId}:${userId}`, granted and revoked by the committee. */
export interface Captain {
  id: string;
  communityId: string;
  userId: string;
  team: string;
  active: boolean;
  grantedBy: string;
  grantedAt: number;
}

export type DrivePhase = 'upcoming' | 'ongoing' | 'ended';

/** A row of the drives list. */
export interface DriveCard {
  id: string;
  title: string;
  kind: DriveKind;
  startsAt: number;
  endsAt: number;
  signUpBy: number;
  phase: DrivePhase;
  address: string;
  capacity: number;
  placesLeft: number;
  coverUrl: string | null;
  team: string | null;
  caseCount: number;
  /** The caller's own sign-up status, if any. */
  mine: SignupStatus | null;
}

export interface MySignup {
  id: string;
  status: SignupStatus;
  taskKey: string;
  /** 1 for the next to be promoted; null unless waitlisted. */
  waitlistPosition: number | null;
  checkedInAt: number | null;
  checkedOutAt: number | null;
  /** Confirmed minutes only; null until the organiser confirms. */
  confirmedMinutes: number | null;
}

export interface DriveAbilities {
  signUp: boolean;
  cancel: boolean;
  checkIn: boolean;
  checkOut: boolean;
  /** Organiser's pages: QR, 代签, attendance, hours, sign-in sheet, linked cases. */
  manage: boolean;
}

export interface LinkedCase {
  id: string;
  category: CategoryKey;
  address: string;
  description: string;
  status: ReportStatus;
}

export interface TaskView extends DriveTask {
  taken: number;
  waitlisted: number;
}

export interface DriveDetail extends DriveCard {
  description: string;
  bring: string;
  place: DrivePlace;
  tasks: TaskView[];
  waitlisted: number;
  organiserName: string;
  mySignup: MySignup | null;
  cases: LinkedCase[];
  can: DriveAbilities;
}

/** What the organiser's phone shows: the QR token and, for H5, the 6-digit code of the same window. */
export interface CheckInCode {
  token: string;
  code: string;
  /** When the next code replaces this one, and the server's time now (phones' clocks drift). */
  refreshAt: number;
  now: number;
  radiusMeters: number | null;
}

export interface AttendanceRow {
  signupId: string;
  name: string;
  walkIn: boolean;
  taskKey: string;
  status: SignupStatus;
  checkedInAt: number | null;
  checkedOutAt: number | null;
  checkInBy: Signup['checkInBy'];
  checkOutBy: Signup['checkOutBy'];
  /** Check-in → check-out within the window. */
  computedMinutes: number;
  confirmedMinutes: number | null;
  reason: string | null;
}

export interface AttendanceView {
  driveId: string;
  title: string;
  startsAt: number;
  endsAt: number;
  windowMinutes: number;
  phase: DrivePhase;
  closed: boolean;
  hoursConfirmedAt: number | null;
  rows: AttendanceRow[];
}

export interface ProfileDrive {
  driveId: string;
  title: string;
  kind: DriveKind;
  startsAt: number;
  status: SignupStatus;
  /** Confirmed minutes; null when not (yet) confirmed — never shown as earned. */
  confirmedMinutes: number | null;
}

export interface VolunteerProfile {
  name: string;
  confirmedMinutes: number;
  /** 人次: drives with confirmed hours. */
  personTimes: number;
  /** Attended drives whose hours the organiser has not confirmed yet. */
  awaitingConfirmation: number;
  drives: ProfileDrive[];
}

/** 志愿服务证明: the data the app draws on a canvas. */
export interface Certificate {
  name: string;
  minutes: number;
  personTimes: number;
  from: number;
  to: number;
  communityName: string;
  sealText: string;
  issuedAt: number;
  serial: string;
}

export interface CaptainView {
  userId: string;
  nickname: string;
  team: string;
  grantedAt: number;
}

export interface CaptainsView {
  captains: CaptainView[];
  /** Residents who could be named, nickname and door label only. */
  residents: Array<{ userId: string; nickname: string; householdLabel: string | null }>;
}

export interface SheetFile {
  filename: string;
  mime: string;
  base64: string;
}
