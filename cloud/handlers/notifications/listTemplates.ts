// The subscription-message templates the caller may be asked for: only kinds that reach their role.
import { NOTICE_KINDS } from '../../../src/domain/messages';
import { inGroup } from '../../../src/domain/roles';
import type { ActionHandler } from '../context';

export const listTemplates: ActionHandler<'notifications.templates'> = async (_input, ctx) =>
  ctx.notifier.templates().filter((template) => {
    const kind = (NOTICE_KINDS as Record<string, { to: Parameters<typeof inGroup>[0] } | undefined>)[template.kind];
    return kind !== undefined && inGroup(kind.to, ctx.actor.role);
  });
