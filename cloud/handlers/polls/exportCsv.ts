// The committee's spreadsheet of a poll: named polls list who answered (nickname and door label, never a
// phone); anonymous polls list answers only.
import { pollCsv, csvFilename, type Respondent } from '../../../src/domain/polls/csv';
import type { Household, User } from '../../../src/domain/membership/types';
import type { Poll, PollResponse } from '../../../src/domain/polls/types';
import type { Store } from '../../ports';
import type { ActionHandler } from '../context';
import { loadOverseen } from './access';
import { countPoll, responsesOf } from './count';

async function respondentsOf(store: Store, poll: Poll, responses: readonly PollResponse[]): Promise<Map<string, Respondent>> {
  if (poll.anonymous) return new Map();
  const userIds = [...new Set(responses.map((response) => response.userId).filter((id): id is string => !!id))];
  const householdIds = [...new Set(responses.map((response) => response.householdId).filter((id): id is string => !!id))];
  const users = userIds.length ? await store.find<User>('users', { id: { $in: userIds } }) : [];
  const households = householdIds.length ? await store.find<Household>('households', { id: { $in: householdIds } }) : [];
  const names = new Map(users.map((user) => [user.id, user.nickname]));
  const labels = new Map(households.map((household) => [household.id, household.label]));
  const respondents = new Map<string, Respondent>();
  for (const response of responses) {
    if (!response.userId) continue;
    respondents.set(response.userId, { name: names.get(response.userId) ?? '', household: (response.householdId && labels.get(response.householdId)) || '' });
  }
  return respondents;
}

export const exportPollCsv: ActionHandler<'polls.exportCsv'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const poll = await loadOverseen(store, actor, input.pollId);
  const responses = await responsesOf(store, poll);
  const results = await countPoll(store, poll, responses, ctx.clock.now(), true);
  const csv = pollCsv(poll, responses, results, await respondentsOf(store, poll, responses), input.lang);
  return { filename: csvFilename(poll), csv };
};
