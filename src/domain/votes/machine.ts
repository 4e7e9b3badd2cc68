// A vote's life: settings can change only as a draft; once open they are frozen; closing stops ballots before
// they are counted, so the count never misses one that was still landing.
import { defineMachine } from '../common/machine';
import type { VoteStatus } from './types';

export type VoteMove = 'open' | 'close' | 'publish';

export const VOTE_MACHINE = defineMachine<VoteStatus, VoteMove>({
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closing' },
  publish: { from: ['closing'], to: 'closed' },
});

/** Whether the clock says the vote should be open now (it may still be stored as draft until someone looks). */
export const isDueToOpen = (vote: { status: VoteStatus; opensAt: number }, now: number): boolean => vote.status === 'draft' && vote.opensAt <= now;

/** Whether the clock says the vote has ended (it may still be stored as open until someone looks). */
export const isDueToClose = (vote: { status: VoteStatus; closesAt: number }, now: number): boolean =>
  vote.status === 'closing' || (vote.status === 'open' && vote.closesAt <= now);

/** Settings are frozen from the moment a vote opens, whether or not anyone has moved it yet. */
export const isEditable = (vote: { status: VoteStatus; opensAt: number }, now: number): boolean => vote.status === 'draft' && vote.opensAt > now;
