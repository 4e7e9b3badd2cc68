// The committee's participant list: each elector, whether they took part and through which channel — never the
// choice, which is stored where nothing leads from here.
import type { ElectorRow, VoteElector, VoteTurnout } from '../../../src/domain/votes/types';
import { mapPage, pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadVoteAsCommittee } from './access';

export const listElectors: ActionHandler<'votes.electors'> = async (input, ctx) => {
  const vote = await loadVoteAsCommittee(ctx, input.voteId);
  if (vote.status === 'draft') throw conflict('vote.notOpen');
  const page = await pageOf<VoteElector>(ctx.store, 'voteElectors', { voteId: vote.id }, input.before, 50);
  return mapPage(page, async (electors): Promise<ElectorRow[]> => {
    const turnouts = electors.length ? await ctx.store.find<VoteTurnout>('voteTurnout', { id: { $in: electors.map((elector) => elector.id) } }) : [];
    const took = new Map(turnouts.map((turnout) => [turnout.voterKey, turnout.channel]));
    return electors.map((elector) => ({ voterKey: elector.voterKey, label: elector.label, tookPart: took.has(elector.voterKey), channel: took.get(elector.voterKey) ?? null }));
  });
};
