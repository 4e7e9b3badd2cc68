// The community's shop register as each reader may see it: residents get names, doors and (for a pledge) who
// signed and their zones; only the committee sees who runs a shop and its number.
import { shopKey, signatureId } from '../../../src/domain/pledges/rules';
import type { Shop, ShopView, Signature } from '../../../src/domain/pledges/types';
import { zonesById } from '../../kit/zones';
import type { ActionHandler } from '../context';
import { zoneIdOf } from './access';

export const listShops: ActionHandler<'pledges.shops'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const shops = await store.find<Shop>('shops', { communityId: actor.communityId ?? '' }, { orderBy: [['name', 'asc']] });
  const ids = input.pledgeId ? shops.map((shop) => signatureId(input.pledgeId!, shopKey(shop.id))) : [];
  const signed = new Set(ids.length ? (await store.find<Signature>('pledgeSignatures', { id: { $in: ids } })).map((signature) => signature.shopId) : []);
  const zones = new Map((await zonesById(store, ids.map(zoneIdOf))).map((zone) => [zone.id, zone.polygon]));
  const committee = actor.role === 'committee';
  return shops.map((shop) => {
    const zoneId = input.pledgeId ? zoneIdOf(signatureId(input.pledgeId, shopKey(shop.id))) : '';
    const view: ShopView = {
      id: shop.id,
      name: shop.name,
      address: shop.address,
      lat: shop.lat,
      lng: shop.lng,
      signed: signed.has(shop.id),
      zone: zones.get(zoneId) ?? null,
      mine: shop.ownerUserId === actor.userId,
    };
    if (committee) Object.assign(view, { ownerName: shop.ownerName, phone: shop.phone });
    return view;
  });
};
