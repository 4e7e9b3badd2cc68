// Records of people, places and membership, as stored and as returned.
import type { Abilities } from '../abilities';
import type { Role } from '../roles';

/** officerIds: the street office's people, who receive cases escalated to the street. */
export interface Street { id: string; name: string; officerIds?: string[] }
export interface Community {
  id: string;
  streetId: string;
  name: string;
  center: { lat: number; lng: number };
  dutyUserIds: string[];
  /** Drawn anew whenever the community's grid outlines or zones change (cloud/kit/layout.ts); never shown. */
  layoutStamp?: string;
}
/** A grid's boundary: a closed ring of [lng, lat] points. */
export interface Grid { id: string; communityId: string; name: string; polygon: Array<[number, number]>; workerIds: string[] }
export interface Building {
  id: string;
  communityId: string;
  gridId: string;
  name: string;
  /** Its outline on the ground, [lng, lat] corners (drawn on the community plan); optional for imported sheets. */
  footprint?: Array<[number, number]>;
}
export interface Household {
  id: string;
  communityId: string;
  buildingId: string;
  gridId: string;
  /** e.g. 3栋2单元501 — never more than a door label. */
  label: string;
  /** Random; printed on the household's 便民联系卡, shown only to the committee; lets a resident join at once. */
  inviteCode: string;
  /** When the committee last replaced the code. */
  inviteCodeRotatedAt?: number;
}

/** What the committee sees of a household's invite code, to print it on the 便民联系卡. */
export interface HouseholdCodeView {
  householdId: string;
  buildingName: string;
  label: string;
  code: string;
  rotatedAt: number | null;
}
export interface User {
  id: string;
  openid: string;
  nickname: string;
  avatarUrl: string;
  /** Stored only when a resident gives it; never returned to other residents. */
  phone?: string;
  consentVersion?: string;
  currentCommunityId?: string;
  /** Invite-code tries on `codeTriesDay` (days since 1970, China time): a daily limit against guessing. */
  codeTries?: number;
  codeTriesDay?: number;
  createdAt: number;
}
export type MemberStatus = 'active' | 'removed';
export interface Member {
  id: string;
  communityId: string;
  userId: string;
  role: Role;
  status: MemberStatus;
  householdId?: string;
  /** The household's building and grid, copied at joining so a caller's place is read with the membership. */
  buildingId?: string;
  gridId?: string;
  gridIds: string[];
  streetId?: string;
  joinedAt: number;
  /**
   * True on the one membership of the user's `currentCommunityId`, false on the ones it replaced; written with it
   * in the joining transaction (cloud/handlers/membership/seat.ts), so a warm instance resolves a caller it has
   * seen from this record alone (cloud/handlers/actor.ts). Missing on memberships written before it.
   */
  current?: boolean;
}
export type JoinRequestStatus = 'pending' | 'approved' | 'rejected';
export interface JoinRequest {
  id: string;
  communityId: string;
  userId: string;
  householdId: string;
  note: string;
  status: JoinRequestStatus;
  reason?: string;
  createdAt: number;
  decidedAt?: number;
  decidedBy?: string;
}

/** What the signed-in person sees of themselves. */
export interface SessionView {
  user: { id: string; nickname: string; avatarUrl: string; consentVersion: string | null };
  membership: null | {
    communityId: string;
    communityName: string;
    role: Role;
    householdId: string | null;
    householdLabel: string | null;
  };
  pendingRequest: null | { id: string; communityName: string; householdLabel: string; createdAt: number };
  /** What the caller may do, from the catalogue; pages show entries by these and never by role. */
  can: Abilities;
}

export interface JoinRequestView {
  id: string;
  nickname: string;
  avatarUrl: string;
  householdLabel: string;
  note: string;
  status: JoinRequestStatus;
  createdAt: number;
}

