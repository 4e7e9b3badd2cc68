// The count as its reader may see it: the committee follows it live with the short texts; residents see the
// numbers once the poll closed (or live, when the committee chose so), never the texts.
import { canSeeResults, oversees } from '../../../src/domain/polls/rules';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { loadPoll } from './access';
import { countPoll, responsesOf } from './count';

export const pollResults: ActionHandler<'polls.results'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const poll = await loadPoll(store, actor, input.pollId);
  const now = ctx.clock.now();
  if (!canSeeResults(actor, poll, now)) throw forbidden('poll.resultsAfterClose');
  return countPoll(store, poll, await responsesOf(store, poll), now, oversees(actor));
};
