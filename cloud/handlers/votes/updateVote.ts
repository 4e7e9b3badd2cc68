// A draft vote's settings may change until it opens; from its opening time on they are frozen — the freeze is
// the condition of the write itself, so an edit racing the opening cannot land.
import { isEditable } from '../../../src/domain/votes/machine';
import type { Vote } from '../../../src/domain/votes/types';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadVoteAsCommittee } from './access';
import { openVote } from './lifecycle';
import { assertSettings, settingsFrom } from './settings';

export const updateVote: ActionHandler<'votes.update'> = async (input, ctx) => {
  const vote = await loadVoteAsCommittee(ctx, input.voteId);
  const now = ctx.clock.now();
  if (!isEditable(vote, now)) throw conflict('vote.frozen');
  const settings = settingsFrom(input, now);
  const next: Vote = { ...vote, ...settings };
  await assertSettings(ctx.store, next, now);
  const patch = { ...settings, updatedAt: now, basis: settings.basis, matter: settings.matter, quorum: settings.quorum, threshold: settings.threshold };
  if (!(await ctx.store.update('votes', vote.id, patch, { status: 'draft', opensAt: { $gt: now } }))) throw conflict('vote.frozen');
  await openVote(ctx, next);
  return { id: vote.id };
};
