// My reports, newest first, including those I filed for a resident without a phone (代办).
import type { ActionHandler } from '../context';
import { pageOf, queueItems } from './views';

export const myReports: ActionHandler<'reports.mine'> = async (input, ctx) => {
  const { reports, nextBefore } = await pageOf(ctx.store, { reporterId: ctx.actor.userId }, input.before);
  const items = await queueItems({ store: ctx.store, files: ctx.files, now: ctx.clock.now() }, reports, { ownPhotos: true });
  return { items, nextBefore };
};
