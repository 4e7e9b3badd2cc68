// The community's topics, newest first, by stage (征集附议, 议事中, 表决中, 实施中, 已完成): 四议两公开 means every
// member sees them all; where a topic applies decides only who may support, comment and vote.
import { TOPIC_STAGES } from '../../../src/domain/councils/machine';
import type { Topic } from '../../../src/domain/councils/types';
import { pageOf } from '../../kit/paging';
import type { Filter } from '../../ports/store';
import type { ActionHandler } from '../context';
import { topicListItems } from './views';

export const listTopics: ActionHandler<'topics.list'> = async (input, ctx) => {
  const statuses = TOPIC_STAGES[input.stage ?? 'all'];
  const filter: Filter = { communityId: ctx.actor.communityId! };
  if (input.stage && input.stage !== 'all') filter.status = { $in: [...statuses] };
  const page = await pageOf<Topic>(ctx.store, 'topics', filter, input.before);
  return { items: await topicListItems(ctx.store, ctx.files, page.items), nextBefore: page.nextBefore };
};
