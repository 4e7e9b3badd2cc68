// My reports, newest first, including those I filed for a resident without a phone (代办).
import type { Report } from '../../../src/domain/reports/types';
import type { ActionHandler } from '../context';
import { pageOf } from '../../kit/paging';
import { queueItems } from './views';

export const myReports: ActionHandler<'reports.mine'> = async (input, ctx) => {
  const { items: reports, nextBefore } = await pageOf<Report>(ctx.store, 'reports', { reporterId: ctx.actor.userId }, input.before);
  const items = await queueItems({ store: ctx.store, files: ctx.files, now: ctx.clock.now() }, reports, { ownPhotos: true });
  return { items, nextBefore };
};
