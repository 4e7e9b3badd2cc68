import type { ActionHandler } from '../context';
import { loadVote } from './access';
import { voteView } from './views';

/** One vote as its reader may see it, closed first if its time has passed. */
export const voteDetail: ActionHandler<'votes.detail'> = async (input, ctx) => voteView(ctx.store, ctx.actor, await loadVote(ctx, input.voteId), ctx.clock.now());
