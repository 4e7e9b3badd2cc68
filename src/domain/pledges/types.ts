// Civility pledges (文明承诺) and 门前三包 as stored, and what each audience sees. A shop's phone and owner name
// stay with the committee; a signer appears by name only when they chose to.
import type { ActView } from '../common/acts';
import type { Ring } from '../geo';
import type { PledgeAudience, PledgeKind } from './kinds';

export type PledgeStatus = 'open' | 'closed';

export interface PledgePhoto {
  fileId: string;
  verdict: 'pass' | 'pending' | 'reject';
}

export interface Pledge {
  id: string;
  communityId: string;
  kind: PledgeKind;
  title: string;
  clauses: string[];
  /** e.g. 2026 年度: one signature per signer per pledge, and a pledge is one term. */
  term: string;
  audience: PledgeAudience;
  target: number;
  cover: PledgePhoto[];
  status: PledgeStatus;
  signedCount: number;
  authorId: string;
  createdAt: number;
  updatedAt: number;
}

/** `u:<userId>` for a person, `h:<householdId>` for a household, `s:<shopId>` for a shop. */
export type SignerKey = string;

/** id = `${pledgeId}:${signerKey}`: a second signature by the same signer cannot be stored. */
export interface Signature {
  id: string;
  communityId: string;
  pledgeId: string;
  signerKey: SignerKey;
  /** The person who tapped 签署. */
  signerId: string;
  householdId: string | null;
  shopId: string | null;
  showName: boolean;
  /** What the wall shows when showName: a nickname, "王阿姨家", or the shop's name. */
  name: string;
  createdAt: number;
}

/** A shop in the community's register (kept by the committee). */
export interface Shop {
  id: string;
  communityId: string;
  name: string;
  address: string;
  ownerName: string;
  /** Never shown to residents; a shop's signer proves they run it by giving this number. */
  phone: string;
  lat: number;
  lng: number;
  /** The account that signed for the shop; it receives cases filed inside the shop's zone. */
  ownerUserId: string | null;
  createdAt: number;
}

export interface PledgeSummary {
  id: string;
  kind: PledgeKind;
  title: string;
  term: string;
  audience: PledgeAudience;
  target: number;
  signedCount: number;
  coverUrl: string | null;
  status: PledgeStatus;
  signedByMe: boolean;
  createdAt: number;
}

export interface MySignature {
  signerKey: SignerKey;
  /** Signed by me, by my household, or for my shop. */
  as: SignedAs;
  name: string;
  showName: boolean;
  createdAt: number;
  mayWithdraw: boolean;
}

export interface PledgeDetail extends PledgeSummary {
  clauses: string[];
  mine: MySignature | null;
  can: { sign: boolean; signAsShop: boolean; close: boolean };
}

export interface CoverageView {
  signed: number;
  of: number;
  unit: PledgeAudience;
}

export type SignedAs = 'person' | 'household' | 'shop';

export interface SignerView {
  /** A nickname (a household's reads as "{name}家") or a shop's name. */
  name: string;
  as: SignedAs;
  at: number;
}

export interface PledgeWall {
  pledgeId: string;
  title: string;
  term: string;
  signedCount: number;
  target: number;
  coverage: CoverageView;
  recentSigners: SignerView[];
  /** 践诺: signers' verified acts after they signed. */
  acts: ActView[];
}

/** What the app draws on the signer's card. */
export interface SignerCard {
  pledgeTitle: string;
  kind: PledgeKind;
  term: string;
  communityName: string;
  name: string;
  as: SignedAs;
  /** The signer's place in the order of signing: 第 N 位. */
  number: number;
  signedAt: number;
  clauses: string[];
}

/** A shop as a resident sees it (no owner or phone); the committee also sees the owner. */
export interface ShopView {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  signed: boolean;
  zone: Ring | null;
  mine: boolean;
  ownerName?: string;
  phone?: string;
}
