// 签署: a resident signs for themself, or once for their household, after reading the clauses (the app asks for
// a confirming tap). Once per signer per pledge is held by storage: the signature's id is `${pledgeId}:${key}`
// and the count rises in the same transaction, so 200 taps at once store one signature and count one.
import type { User } from '../../../src/domain/membership/types';
import { signatureId, signerKeyFor } from '../../../src/domain/pledges/rules';
import type { Pledge, Signature } from '../../../src/domain/pledges/types';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { loadPledge } from './access';

const REFUSALS = {
  closed: () => conflict('pledge.closed'),
  no_household: () => forbidden('pledge.noHousehold'),
  shops_only: () => forbidden('pledge.shopsOnly'),
} as const;

export const signPledge: ActionHandler<'pledges.sign'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const pledge = await loadPledge(store, input.pledgeId);
  const outcome = signerKeyFor(actor, pledge);
  if (outcome.kind !== 'ok') throw REFUSALS[outcome.kind]();

  const nickname = (await store.get<User>('users', actor.userId))?.nickname ?? '';
  const signature: Signature = {
    id: signatureId(pledge.id, outcome.key),
    communityId: pledge.communityId,
    pledgeId: pledge.id,
    signerKey: outcome.key,
    signerId: actor.userId,
    householdId: actor.householdId ?? null,
    shopId: null,
    showName: input.showName && nickname !== '',
    name: nickname,
    createdAt: ctx.clock.now(),
  };
  try {
    await store.transaction(async (tx) => {
      await tx.insert('pledgeSignatures', signature);
      if (!(await tx.increment('pledges', pledge.id, 'signedCount', 1, { status: 'open' }))) throw conflict('pledge.closed');
    });
  } catch (error) {
    if (error instanceof DuplicateIdError) throw conflict(pledge.audience === 'households' ? 'pledge.householdSigned' : 'pledge.alreadySigned');
    throw error;
  }
  return { signedCount: (await store.get<Pledge>('pledges', pledge.id))?.signedCount ?? pledge.signedCount + 1 };
};
