// Invite codes: random, stored twice in one transaction — on the household (what the committee prints) and as an
// `inviteCodes` record whose id is the code itself, so two households can never hold the same code.
import { randomInt } from 'node:crypto';
import type { Household } from '../../../src/domain/membership/types';
import type { Store, StoreTx } from '../../ports/store';
import { DuplicateIdError } from '../../ports/store';

/** Unambiguous characters only (no 0/O, 1/I), as printed on a household's 便民联系卡. */
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 6;

export interface InviteCodeDoc {
  /** The code itself. */
  id: string;
  householdId: string;
  communityId: string;
  createdAt: number;
  /** How many people joined with it. */
  uses: number;
}

/** A code drawn from `pick` (crypto by default; the demo seed passes a seeded one). */
export function newInviteCode(pick: (size: number) => number = randomInt): string {
  return Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_CODE_ALPHABET[pick(INVITE_CODE_ALPHABET.length)]).join('');
}

export const inviteCodeDoc = (household: Pick<Household, 'id' | 'communityId'>, code: string, now: number): InviteCodeDoc => ({
  id: code,
  householdId: household.id,
  communityId: household.communityId,
  createdAt: now,
  uses: 0,
});

/**
 * Runs `write` with fresh codes until one is free: `write` inserts the code's record in its transaction, and a
 * taken code fails that insert. Ten draws from 32^6 codes do not all collide in practice.
 */
export async function withFreeCode<R>(write: (code: string) => Promise<R>, pick?: (size: number) => number): Promise<R> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write(newInviteCode(pick));
    } catch (error) {
      if (!(error instanceof DuplicateIdError && error.collection === 'inviteCodes') || attempt >= 9) throw error;
    }
  }
}

/** Inside a transaction: the household's code becomes `code`, if it still is `previous`; answers whether it did. */
export async function replaceCode(tx: StoreTx, household: Household, code: string, now: number): Promise<boolean> {
  await tx.insert<InviteCodeDoc>('inviteCodes', inviteCodeDoc(household, code, now));
  const moved = await tx.update('households', household.id, { inviteCode: code, inviteCodeRotatedAt: now }, { inviteCode: household.inviteCode });
  if (!moved) return false;
  await tx.remove('inviteCodes', household.inviteCode);
  return true;
}

/** Tries a person gets per day (China time), right or wrong: 32^6 codes are not worth guessing ten at a time. */
export const CODE_TRIES_PER_DAY = 10;

const chinaDay = (now: number): number => Math.floor((now + 8 * 60 * 60 * 1000) / (24 * 60 * 60 * 1000));

/** Takes one of today's tries by a conditional write on the user, so racing guesses cannot exceed the limit. */
export async function takeCodeTry(store: Store, userId: string, now: number): Promise<boolean> {
  const day = chinaDay(now);
  // Two rounds: when two first tries of a day race, the one that loses the reset counts on the fresh day.
  for (let round = 0; round < 2; round += 1) {
    if (await store.increment('users', userId, 'codeTries', 1, { codeTriesDay: day, codeTries: { $lt: CODE_TRIES_PER_DAY } })) return true;
    if (await store.update('users', userId, { codeTriesDay: day, codeTries: 1 }, { codeTriesDay: { $ne: day } })) return true;
  }
  return false;
}
