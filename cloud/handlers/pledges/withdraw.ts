// Withdrawing a signature: the signer (or their household) takes it back; the count falls with it, and a shop's
// zone stops receiving cases. Two withdrawals at once remove it once.
import type { Pledge } from '../../../src/domain/pledges/types';
import { mayWithdraw } from '../../../src/domain/pledges/rules';
import { removeZone } from '../../kit/zones';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { loadPledge, mySignatures, zoneIdOf } from './access';

export const withdrawSignature: ActionHandler<'pledges.withdraw'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const pledge = await loadPledge(store, input.pledgeId);
  const signature = (await mySignatures(store, actor, [pledge.id])).get(pledge.id);
  if (!signature) throw conflict('pledge.notSigned');
  if (!mayWithdraw(actor, signature)) throw forbidden('pledge.cannotWithdraw');
  await store.transaction(async (tx) => {
    if (!(await tx.remove('pledgeSignatures', signature.id))) throw conflict('pledge.notSigned');
    await tx.increment('pledges', pledge.id, 'signedCount', -1);
    if (signature.shopId) await removeZone(tx, zoneIdOf(signature.id));
  });
  return { signedCount: Math.max(0, (await store.get<Pledge>('pledges', pledge.id))?.signedCount ?? 0) };
};
