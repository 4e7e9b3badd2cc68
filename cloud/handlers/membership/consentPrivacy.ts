// Records agreement to the privacy guide; location, photos and joining wait for it.
import type { ActionHandler } from '../context';

export const consentPrivacy: ActionHandler<'privacy.consent'> = async (input, ctx) => {
  await ctx.store.update('users', ctx.actor.userId, { consentVersion: input.version, consentedAt: ctx.clock.now() });
  return { consentVersion: input.version };
};
