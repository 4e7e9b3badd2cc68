// Ending a term early: the adoption ends today and the tree is free for someone else at once.
import { isAdopterOf, isLive } from '../../../src/domain/trees/rules';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { FREED, loadAdoption } from './access';

export const endAdoption: ActionHandler<'trees.endAdoption'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const adoption = await loadAdoption(store, input.adoptionId);
  if (!isAdopterOf(actor, adoption)) throw forbidden('tree.notAdopter');
  if (!isLive(adoption, now)) throw conflict('tree.adoptionOver');
  await store.transaction(async (tx) => {
    const ended = await tx.update('adoptions', adoption.id, { status: 'ended', endedAt: now, updatedAt: now }, { status: 'active', endsAt: { $gt: now } });
    if (!ended) throw conflict('tree.adoptionOver');
    await tx.update('trees', adoption.treeId, { ...FREED, updatedAt: now }, { adoptionId: adoption.id });
  });
  return { adoptionId: adoption.id };
};
