// One-time claim codes: how the first committee members and the grid workers of a self-hosted community get their
// role. The setup prints the code once; only its hash is stored; whoever signs in and enters it first (within a
// week) takes the role: committee, or grid worker of the grid the code names.
import { createHash, randomInt } from 'node:crypto';
import type { Role } from '../../../src/domain/roles';

export interface RoleClaim {
  /** sha256 of the normalised code: the code itself is never stored. */
  id: string;
  communityId: string;
  role: ClaimedRole;
  /** The grid a grid worker's code makes them work; absent for the committee. */
  gridId?: string;
  /** Who the setup file named, shown to nobody but the operator. */
  name: string;
  createdAt: number;
  expiresAt: number;
  claimedBy: string | null;
  claimedAt: number | null;
}

/** The roles a setup file hands out by code. */
export type ClaimedRole = Extract<Role, 'committee' | 'grid_worker'>;

export const CLAIM_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// Unambiguous characters only (no 0/O, 1/I), as someone reads the code aloud or copies it from paper.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 16 characters of 32: 80 bits, far beyond guessing through a rate-limited API within a week. */
const LENGTH = 16;

/** A fresh code, printed in groups of four: `ABCD-EFGH-JKLM-NPQR`. */
export function newClaimCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

/** The code as typed (any case, spaces or dashes) reduced to its characters. */
export function normaliseClaimCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export const claimIdOf = (code: string): string => createHash('sha256').update(normaliseClaimCode(code)).digest('hex');

/** A committee member's claim, or with `gridId` a grid worker's. */
export function roleClaim(input: { code: string; communityId: string; name: string; now: number; gridId?: string }): RoleClaim {
  return {
    id: claimIdOf(input.code),
    communityId: input.communityId,
    role: input.gridId ? 'grid_worker' : 'committee',
    ...(input.gridId ? { gridId: input.gridId } : {}),
    name: input.name,
    createdAt: input.now,
    expiresAt: input.now + CLAIM_TTL_MS,
    claimedBy: null,
    claimedAt: null,
  };
}
