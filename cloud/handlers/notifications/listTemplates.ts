// The subscription-message templates the client may ask for; none when notices stay in the inbox.
import type { ActionHandler } from '../context';

export const listTemplates: ActionHandler<'notifications.templates'> = async (_input, ctx) => ctx.notifier.templates();
