// Polls, newest first: the committee sees every poll of its community; anyone else the polls addressed to
// their place (one indexed read over the audience rows with their place keys), each with their own standing.
import { placeKeys } from '../../../src/domain/common/scope';
import { phaseOf } from '../../../src/domain/polls/phase';
import { oversees } from '../../../src/domain/polls/rules';
import type { Poll, PollAudienceRow } from '../../../src/domain/polls/types';
import { mapPage, pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';
import { myStatuses } from './access';
import { summaries, summaryOf } from './views';

export const listPolls: ActionHandler<'polls.list'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  if (oversees(actor)) {
    return mapPage(await pageOf<Poll>(store, 'polls', {}, input.before), (polls) => summaries(store, actor, polls, now));
  }
  const rows = await pageOf<PollAudienceRow>(store, 'pollAudience', { key: { $in: placeKeys(actor) } }, input.before);
  return mapPage(rows, async (items) => {
    const polls = await store.find<Poll>('polls', { id: { $in: items.map((row) => row.pollId) } });
    const byId = new Map(polls.map((poll) => [poll.id, poll]));
    return summaries(store, actor, items.map((row) => byId.get(row.pollId)).filter((poll): poll is Poll => !!poll), now);
  });
};

const PENDING_SCAN = 50;

/** The open polls still waiting for the caller's answer, closing soonest first (for 首页 and 参与). */
export const pendingPolls: ActionHandler<'polls.pending'> = async (_input, ctx) => {
  const { store, actor } = ctx;
  if (actor.role !== 'resident') return [];
  const now = ctx.clock.now();
  const open = await store.find<Poll>('polls', { status: 'open', closesAt: { $gt: now } }, { orderBy: [['closesAt', 'asc']], limit: PENDING_SCAN });
  const mineToSee = open.filter((poll) => phaseOf(poll, now) === 'open');
  const statuses = await myStatuses(store, actor, mineToSee);
  const awaiting = mineToSee.filter((poll) => statuses.get(poll.id) === 'awaiting');
  return awaiting.map((poll) => summaryOf(actor, poll, 'awaiting', now));
};
