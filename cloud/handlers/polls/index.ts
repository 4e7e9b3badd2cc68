// 民意调查 handlers, one per action of src/domain/polls/actions.ts.
import type { pollActions } from '../../../src/domain/polls/actions';
import type { HandlerTable } from '..';
import { closePoll } from './close';
import { createPoll } from './create';
import { pollDetail } from './detail';
import { exportPollCsv } from './exportCsv';
import { listPolls, pendingPolls } from './list';
import { respondToPoll } from './respond';
import { pollResults } from './results';
import { updatePoll } from './update';

export const pollHandlers: Pick<HandlerTable, keyof typeof pollActions> = {
  'polls.create': createPoll,
  'polls.update': updatePoll,
  'polls.list': listPolls,
  'polls.pending': pendingPolls,
  'polls.detail': pollDetail,
  'polls.respond': respondToPoll,
  'polls.results': pollResults,
  'polls.exportCsv': exportPollCsv,
  'polls.close': closePoll,
};
