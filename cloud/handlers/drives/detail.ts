// One drive as its reader may see it: places per task, the waitlist, the caller's own sign-up and position, the
// cases it takes on, and the buttons that will work.
import type { ActionHandler } from '../context';
import { loadDrive } from './access';
import { driveDetail } from './views';

export const driveDetailHandler: ActionHandler<'drives.detail'> = async (input, ctx) => {
  const drive = await loadDrive(ctx.store, ctx.actor, input.driveId);
  return driveDetail({ store: ctx.store, files: ctx.files, actor: ctx.actor, now: ctx.clock.now() }, drive);
};
