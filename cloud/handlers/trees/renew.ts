// 续期: in the last 60 days of a term the adopter extends it by one more year, from the day it would have ended.
import { canRenew, RENEW_WINDOW_DAYS, termEnd } from '../../../src/domain/trees/rules';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { loadAdoption } from './access';

export const renewAdoption: ActionHandler<'trees.renew'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const adoption = await loadAdoption(store, input.adoptionId);
  const outcome = canRenew(actor, adoption, now);
  if (outcome.kind === 'not_adopter') throw forbidden('tree.notAdopter');
  if (outcome.kind === 'lapsed') throw conflict('tree.adoptionOver');
  if (outcome.kind === 'too_early') throw conflict('tree.renewTooEarly', { days: RENEW_WINDOW_DAYS });

  const endsAt = termEnd(adoption.endsAt);
  await store.transaction(async (tx) => {
    const extended = await tx.update(
      'adoptions',
      adoption.id,
      { endsAt, renewals: adoption.renewals + 1, updatedAt: now },
      { status: 'active', endsAt: adoption.endsAt },
    );
    if (!extended) throw conflict('common.stale');
    if (!(await tx.update('trees', adoption.treeId, { adoptedUntil: endsAt, updatedAt: now }, { adoptionId: adoption.id }))) throw conflict('common.stale');
  });
  return { adoptionId: adoption.id, endsAt };
};
