// Records a photo the caller uploaded to cloud storage as theirs, after its bytes are checked to be an image.
import type { ActionHandler } from '../context';

export const registerFile: ActionHandler<'files.register'> = async (input, ctx) => {
  const stored = await ctx.files.register({ fileId: input.fileId, ownerId: ctx.actor.userId });
  return { fileId: stored.fileId };
};
