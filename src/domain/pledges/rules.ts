// Who signs a pledge and under which key, what the wall counts: pure rules with named outcomes. "Once per term"
// is held by storage: the signature's id is `${pledgeId}:${signerKey}`.
import type { Outcome } from '../common/outcome';
import { pointInPolygon, type Ring } from '../geo';
import type { Actor } from '../roles';
import type { PledgeAudience } from './kinds';
import type { Pledge, Shop, SignedAs, Signature, SignerKey } from './types';

export const personKey = (userId: string): SignerKey => `u:${userId}`;
export const householdKey = (householdId: string): SignerKey => `h:${householdId}`;
export const shopKey = (shopId: string): SignerKey => `s:${shopId}`;
export const signatureId = (pledgeId: string, key: SignerKey): string => `${pledgeId}:${key}`;

export type SignRefusal = { kind: 'closed' } | { kind: 'no_household' } | { kind: 'shops_only' };

/** Residents sign for themselves; a household pledge is signed once by any of its residents; shops sign apart. */
export function signerKeyFor(actor: Actor, pledge: Pick<Pledge, 'audience' | 'status'>): { kind: 'ok'; key: SignerKey } | SignRefusal {
  if (pledge.status !== 'open') return { kind: 'closed' };
  if (pledge.audience === 'shops') return { kind: 'shops_only' };
  if (pledge.audience === 'households') {
    return actor.householdId ? { kind: 'ok', key: householdKey(actor.householdId) } : { kind: 'no_household' };
  }
  return { kind: 'ok', key: personKey(actor.userId) };
}

/** The keys under which the caller may already have signed: their own, their household's. */
export const myKeys = (actor: Pick<Actor, 'userId' | 'householdId'>): SignerKey[] =>
  actor.householdId ? [personKey(actor.userId), householdKey(actor.householdId)] : [personKey(actor.userId)];

/** Digits only, without China's +86: "138 0000 0009" and "+8613800000009" are one number. */
export function normalPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

export type ShopSignRefusal = { kind: 'closed' } | { kind: 'not_for_shops' } | { kind: 'phone_mismatch' } | { kind: 'claimed' } | { kind: 'zone_off_shop' };

/**
 * A shop signs 门前三包 through someone who knows the number the committee registered for it; once one account
 * has signed for a shop, only that account speaks for it. The zone must reach the shop's door.
 */
export function canSignForShop(actor: Pick<Actor, 'userId'>, pledge: Pick<Pledge, 'audience' | 'status'>, shop: Shop, phone: string, zone: Ring): Outcome<ShopSignRefusal> {
  if (pledge.status !== 'open') return { kind: 'closed' };
  if (pledge.audience !== 'shops') return { kind: 'not_for_shops' };
  if (normalPhone(phone) === '' || normalPhone(phone) !== normalPhone(shop.phone)) return { kind: 'phone_mismatch' };
  if (shop.ownerUserId !== null && shop.ownerUserId !== actor.userId) return { kind: 'claimed' };
  if (!nearZone(shop, zone)) return { kind: 'zone_off_shop' };
  return { kind: 'ok' };
}

/** A responsibility zone in front of a door: the door lies inside it or within about 30 m of its box. */
function nearZone(shop: Pick<Shop, 'lat' | 'lng'>, zone: Ring): boolean {
  if (pointInPolygon(shop, zone)) return true;
  const margin = 0.0003;
  const lats = zone.map(([, lat]) => lat);
  const lngs = zone.map(([lng]) => lng);
  return shop.lat >= Math.min(...lats) - margin && shop.lat <= Math.max(...lats) + margin && shop.lng >= Math.min(...lngs) - margin && shop.lng <= Math.max(...lngs) + margin;
}

/** The signer, their household, or the account that signed for the shop may withdraw the signature. */
export const mayWithdraw = (actor: Pick<Actor, 'userId' | 'householdId'>, signature: Pick<Signature, 'signerId' | 'householdId' | 'shopId'>): boolean =>
  signature.signerId === actor.userId || (!!signature.householdId && signature.householdId === actor.householdId && !signature.shopId);

export const audienceOfKey = (key: SignerKey): PledgeAudience => (key.startsWith('h:') ? 'households' : key.startsWith('s:') ? 'shops' : 'residents');

export const signedAs = (key: SignerKey): SignedAs => (key.startsWith('h:') ? 'household' : key.startsWith('s:') ? 'shop' : 'person');

/** 践诺 counts an act only if its doer had signed before doing it. */
export const countsForPledge = (signature: Pick<Signature, 'createdAt'>, act: { at: number }): boolean => act.at >= signature.createdAt;

/** Coverage as a whole percentage, e.g. 门前三包覆盖率 100%. */
export const coveragePercent = (signed: number, of: number): number => (of <= 0 ? 0 : Math.min(100, Math.round((signed / of) * 100)));
