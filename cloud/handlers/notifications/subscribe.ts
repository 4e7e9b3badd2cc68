// Records the templates a person accepted in WeChat's request: one message credit per kind (one per consent).
// Ids of templates we do not use are ignored.
import { addCredit } from './addCredit';
import type { ActionHandler } from '../context';

export const subscribe: ActionHandler<'notifications.subscribe'> = async (input, ctx) => {
  const kindOf = new Map(ctx.notifier.templates().map(({ templateId, kind }) => [templateId, kind]));
  const granted = [...new Set(input.accepted.flatMap((templateId) => kindOf.get(templateId) ?? []))];
  for (const kind of granted) await addCredit(ctx.store, ctx.actor.userId, kind);
  return { granted };
};
