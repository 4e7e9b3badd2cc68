// Who am I here: my profile, my membership (if any) and my open join request.
import type { ActionHandler } from '../context';
import { sessionView } from './views';

export const sessionMe: ActionHandler<'session.me'> = async (_input, ctx) => sessionView(ctx.store, ctx.actor.userId);
