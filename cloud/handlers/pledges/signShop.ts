// 门前三包: someone who runs a registered shop signs for it and draws its responsibility zone on the plan (the
// pavement before the door). The shop's number proves who runs it and is never shown; the first account to sign
// for a shop is the one that speaks for it. The signature, the count and the zone land in one transaction, and
// from then on a 随手拍 case filed inside the zone tells the shop (cloud/kit/zones.ts).
import { canSignForShop, shopKey, signatureId } from '../../../src/domain/pledges/rules';
import type { Pledge, Shop, Signature } from '../../../src/domain/pledges/types';
import { putZone } from '../../kit/zones';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { conflict, forbidden, invalidField } from '../errors';
import { loadPledge, loadShop, zoneIdOf } from './access';

const REFUSALS = {
  closed: () => conflict('pledge.closed'),
  not_for_shops: () => forbidden('pledge.notForShops'),
  phone_mismatch: () => forbidden('pledge.phoneMismatch'),
  claimed: () => conflict('pledge.shopClaimed'),
  zone_off_shop: () => invalidField('zone', 'pledge.zoneOffShop'),
} as const;

export const signForShop: ActionHandler<'pledges.signShop'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const pledge = await loadPledge(store, input.pledgeId);
  const shop = await loadShop(store, input.shopId);
  const outcome = canSignForShop(actor, pledge, shop, input.phone, input.zone);
  if (outcome.kind !== 'ok') throw REFUSALS[outcome.kind]();

  const now = ctx.clock.now();
  const signature: Signature = {
    id: signatureId(pledge.id, shopKey(shop.id)),
    communityId: pledge.communityId,
    pledgeId: pledge.id,
    signerKey: shopKey(shop.id),
    signerId: actor.userId,
    householdId: null,
    shopId: shop.id,
    showName: input.showName,
    name: shop.name,
    createdAt: now,
  };
  try {
    await store.transaction(async (tx) => {
      const current = await tx.get<Shop>('shops', shop.id);
      if (current?.ownerUserId !== actor.userId) {
        // Claimed only where nobody has signed for the shop yet.
        if (!(await tx.update('shops', shop.id, { ownerUserId: actor.userId }, { ownerUserId: null }))) throw conflict('pledge.shopClaimed');
      }
      await tx.insert('pledgeSignatures', signature);
      if (!(await tx.increment('pledges', pledge.id, 'signedCount', 1, { status: 'open' }))) throw conflict('pledge.closed');
      await putZone(tx, {
        id: zoneIdOf(signature.id),
        communityId: pledge.communityId,
        ownerIds: [actor.userId],
        label: shop.name,
        polygon: input.zone,
        source: `pledgeSignatures/${signature.id}`,
        createdAt: now,
      });
    });
  } catch (error) {
    if (error instanceof DuplicateIdError) throw conflict('pledge.shopSigned');
    throw error;
  }
  return { signedCount: (await store.get<Pledge>('pledges', pledge.id))?.signedCount ?? pledge.signedCount + 1 };
};
