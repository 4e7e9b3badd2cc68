// The rules of 文明承诺: who signs under which key, how a shop proves it signs for itself, and what 践诺 counts.
import type { Ring } from '../../src/domain/geo';
import { canSignForShop, countsForPledge, coveragePercent, mayWithdraw, myKeys, normalPhone, signerKeyFor } from '../../src/domain/pledges/rules';
import type { Shop } from '../../src/domain/pledges/types';
import type { Actor } from '../../src/domain/roles';

const resident: Actor = { userId: 'u-1', role: 'resident', communityId: 'c1', householdId: 'h-1', gridIds: [] };
const lodger: Actor = { userId: 'u-9', role: 'resident', communityId: 'c1', gridIds: [] };
const open = (audience: 'residents' | 'households' | 'shops') => ({ audience, status: 'open' as const });

const shop: Shop = {
  id: 's1', communityId: 'c1', name: '幸福便利店', address: '幸福路12号', ownerName: '林老板', phone: '138 0000 0009',
  lat: 30.65875, lng: 104.0805, ownerUserId: null, createdAt: 0,
};
const frontage: Ring = [[104.0803, 30.6586], [104.0807, 30.6586], [104.0807, 30.6589], [104.0803, 30.6589]];

describe('signerKeyFor', () => {
  it('signs a residents’ pledge as the person, a household pledge once for the household', () => {
    expect(signerKeyFor(resident, open('residents'))).toEqual({ kind: 'ok', key: 'u:u-1' });
    expect(signerKeyFor(resident, open('households'))).toEqual({ kind: 'ok', key: 'h:h-1' });
  });

  it('refuses a household pledge without a household, a shops’ pledge, and a closed one', () => {
    expect(signerKeyFor(lodger, open('households'))).toEqual({ kind: 'no_household' });
    expect(signerKeyFor(resident, open('shops'))).toEqual({ kind: 'shops_only' });
    expect(signerKeyFor(resident, { audience: 'residents', status: 'closed' })).toEqual({ kind: 'closed' });
  });

  it('knows the keys a resident may already have signed under', () => {
    expect(myKeys(resident)).toEqual(['u:u-1', 'h:h-1']);
    expect(myKeys(lodger)).toEqual(['u:u-9']);
  });
});

describe('canSignForShop', () => {
  it('lets whoever gives the registered number sign, however they write it', () => {
    expect(canSignForShop(resident, open('shops'), shop, '+86 138-0000-0009', frontage)).toEqual({ kind: 'ok' });
    expect(normalPhone('+8613800000009')).toBe('13800000009');
  });

  it('refuses a wrong number, another account once one signed for the shop, and a zone away from the door', () => {
    expect(canSignForShop(resident, open('shops'), shop, '13800000008', frontage)).toEqual({ kind: 'phone_mismatch' });
    expect(canSignForShop(resident, open('shops'), { ...shop, ownerUserId: 'u-2' }, '13800000009', frontage)).toEqual({ kind: 'claimed' });
    expect(canSignForShop(resident, open('shops'), { ...shop, ownerUserId: 'u-1' }, '13800000009', frontage)).toEqual({ kind: 'ok' });
    const farAway: Ring = [[104.0820, 30.6620], [104.0825, 30.6620], [104.0825, 30.6625]];
    expect(canSignForShop(resident, open('shops'), shop, '13800000009', farAway)).toEqual({ kind: 'zone_off_shop' });
  });

  it('refuses a pledge that is not for shops, or closed', () => {
    expect(canSignForShop(resident, open('residents'), shop, '13800000009', frontage)).toEqual({ kind: 'not_for_shops' });
    expect(canSignForShop(resident, { audience: 'shops', status: 'closed' }, shop, '13800000009', frontage)).toEqual({ kind: 'closed' });
  });
});

describe('mayWithdraw', () => {
  it('lets the signer, or anyone of the signing household, withdraw; not a neighbour', () => {
    expect(mayWithdraw(resident, { signerId: 'u-1', householdId: null, shopId: null })).toBe(true);
    expect(mayWithdraw({ userId: 'u-3', householdId: 'h-1' }, { signerId: 'u-1', householdId: 'h-1', shopId: null })).toBe(true);
    expect(mayWithdraw({ userId: 'u-4', householdId: 'h-4' }, { signerId: 'u-1', householdId: 'h-1', shopId: null })).toBe(false);
    expect(mayWithdraw({ userId: 'u-3', householdId: 'h-1' }, { signerId: 'u-1', householdId: 'h-1', shopId: 's1' })).toBe(false);
  });
});

describe('践诺 and coverage', () => {
  it('counts only acts done after signing', () => {
    expect(countsForPledge({ createdAt: 100 }, { at: 100 })).toBe(true);
    expect(countsForPledge({ createdAt: 100 }, { at: 99 })).toBe(false);
  });

  it('gives coverage as a whole percentage, never above 100', () => {
    expect(coveragePercent(2, 6)).toBe(33);
    expect(coveragePercent(6, 6)).toBe(100);
    expect(coveragePercent(7, 6)).toBe(100);
    expect(coveragePercent(0, 0)).toBe(0);
  });
});
