// Loading what a pledge action works on; another community's pledge or shop reads as absent (NOT_FOUND).
import type { Actor } from '../../../src/domain/roles';
import { myKeys, shopKey, signatureId } from '../../../src/domain/pledges/rules';
import type { Pledge, Shop, Signature } from '../../../src/domain/pledges/types';
import type { Store } from '../../ports';
import { notFound } from '../errors';

/** The zone a shop's 门前三包 signature draws (cloud/kit/zones.ts). */
export const zoneIdOf = (signatureId: string): string => `pledge:${signatureId}`;

export async function loadPledge(store: Pick<Store, 'get'>, pledgeId: string): Promise<Pledge> {
  const pledge = await store.get<Pledge>('pledges', pledgeId);
  if (!pledge) throw notFound('pledge.notFound');
  return pledge;
}

export async function loadShop(store: Pick<Store, 'get'>, shopId: string): Promise<Shop> {
  const shop = await store.get<Shop>('shops', shopId);
  if (!shop) throw notFound('pledge.shopNotFound');
  return shop;
}

/** The shops this account signs for. */
export const shopsOf = (store: Store, actor: Actor): Promise<Shop[]> =>
  store.find<Shop>('shops', { communityId: actor.communityId ?? '', ownerUserId: actor.userId });

/** Every signer key the caller speaks for: themself, their household, their shops. */
export async function keysOf(store: Store, actor: Actor): Promise<string[]> {
  return [...myKeys(actor), ...(await shopsOf(store, actor)).map((shop) => shopKey(shop.id))];
}

/** The caller's signatures of these pledges (their own, their household's, their shops'), by pledge id. */
export async function mySignatures(store: Store, actor: Actor, pledgeIds: readonly string[]): Promise<Map<string, Signature>> {
  if (!pledgeIds.length) return new Map();
  const keys = await keysOf(store, actor);
  const ids = pledgeIds.flatMap((pledgeId) => keys.map((key) => signatureId(pledgeId, key)));
  const found = await store.find<Signature>('pledgeSignatures', { id: { $in: ids } });
  // A person's own signature comes before their household's or shop's.
  const order = (signature: Signature) => keys.indexOf(signature.signerKey);
  return new Map(found.sort((a, b) => order(b) - order(a)).map((signature) => [signature.pledgeId, signature]));
}
