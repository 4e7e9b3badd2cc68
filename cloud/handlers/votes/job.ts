// The timer that opens and closes votes at their times (a WeChat timer trigger; an interval behind the gateway).
import { defineJob } from '../../kit/jobs';
import { settleDueVotes, SYSTEM_ACTOR } from './lifecycle';

export const settleVotesJob = defineJob({
  name: 'votes-settle',
  cron: '0 * * * * * *',
  everyMs: 60_000,
  run: (ports) => settleDueVotes({ ...ports, actor: SYSTEM_ACTOR }),
});
