// Sets the nickname and avatar others see; the nickname must pass content security first.
import { ActionError } from '../errors';
import type { ActionHandler } from '../context';
import { loadUser, userView } from './views';

export const updateProfile: ActionHandler<'profile.update'> = async (input, ctx) => {
  const verdict = await ctx.contentCheck.checkText(input.nickname, { openid: ctx.openid });
  if (verdict !== 'pass') {
    throw new ActionError('CONTENT_REJECTED', 'membership.nicknameRejected', { fields: { nickname: 'membership.nicknameRejected' } });
  }
  await ctx.store.update('users', ctx.actor.userId, { nickname: input.nickname, avatarUrl: input.avatarUrl });
  return userView(await loadUser(ctx.store, ctx.actor.userId));
};
