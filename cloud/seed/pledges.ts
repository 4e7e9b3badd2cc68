// The pledges of 幸福里: 2026 年度 垃圾分类 (signed by 赵大爷 and a score of neighbours, some by name), 文明养犬,
// and 门前三包 for the six shops on 幸福路 — 老成都面馆 and 邻里药房 have signed and drawn their zones; 幸福便利店
// (run by 林老板, a dev-login person) has not yet, so the E2E story signs for it.
import { DAY_MS } from '../../src/domain/common/days';
import type { Ring } from '../../src/domain/geo';
import type { PledgeKind, PledgeAudience } from '../../src/domain/pledges/kinds';
import { personKey, shopKey, signatureId } from '../../src/domain/pledges/rules';
import type { Pledge, Shop, Signature } from '../../src/domain/pledges/types';
import { zoneIdOf } from '../handlers/pledges/access';
import type { ZoneDoc } from '../kit/zones';

const XINGFULI = 'c-xingfuli';

export interface DemoPledges {
  pledges: Pledge[];
  pledgeSignatures: Signature[];
  shops: Shop[];
  zones: ZoneDoc[];
}

interface PledgeSeed {
  id: string;
  kind: PledgeKind;
  title: string;
  term: string;
  audience: PledgeAudience;
  target: number;
  clauses: string[];
  daysAgo: number;
}

const PLEDGES: PledgeSeed[] = [
  {
    id: 'pl-demo-sorting', kind: 'sorting', title: '垃圾分类承诺书', term: '2026 年度', audience: 'residents', target: 500, daysAgo: 45,
    clauses: [
      '按可回收物、有害垃圾、厨余垃圾、其他垃圾四类分好再投放',
      '在规定时间到楼栋分类点定时定点投放，不乱扔乱放',
      '厨余垃圾破袋投放，大件垃圾和装修垃圾预约清运',
      '带动家人和邻居一起分类，发现乱投放及时劝导或随手拍',
    ],
  },
  {
    id: 'pl-demo-shopfront', kind: 'shopfront', title: '门前三包责任书', term: '2026 年度', audience: 'shops', target: 6, daysAgo: 40,
    clauses: [
      '包卫生：门前无垃圾、无污水、无杂物，垃圾入桶',
      '包秩序：不占道经营，不乱摆乱放，不乱挂乱贴',
      '包绿化：爱护门前树木绿地，不损坏花草',
      '责任区内发现问题及时处理，处理不了的随手拍上报社区',
    ],
  },
  {
    id: 'pl-demo-dogs', kind: 'dogs', title: '文明养犬公约', term: '2026 年度', audience: 'residents', target: 200, daysAgo: 20,
    clauses: ['出门牵绳，主动避让老人和儿童', '随身携带工具，及时清理犬只粪便', '按时免疫并登记', '不带犬只进入儿童游乐区和健身区'],
  },
];

const box = (west: number, east: number, south: number, north: number): Ring => [[west, south], [east, south], [east, north], [west, north], [west, south]];

interface ShopSeed {
  id: string;
  name: string;
  address: string;
  ownerName: string;
  phone: string;
  lat: number;
  lng: number;
  /** The neighbour (index) who signed for it, and the zone drawn. */
  signed?: { neighbour: number; zone: Ring; daysAgo: number };
}

const SHOPS: ShopSeed[] = [
  { id: 'shop-demo-1', name: '幸福便利店', address: '幸福路12号', ownerName: '林老板', phone: '138 0000 0009', lat: 30.65875, lng: 104.0805 },
  {
    id: 'shop-demo-2', name: '老成都面馆', address: '幸福路18号', ownerName: '陈叔', phone: '13900000002', lat: 30.65875, lng: 104.0812,
    signed: { neighbour: 2, zone: box(104.08105, 104.08135, 30.65858, 30.65885), daysAgo: 38 },
  },
  {
    id: 'shop-demo-3', name: '邻里药房', address: '幸福路6号', ownerName: '孙师傅', phone: '13900000003', lat: 30.65875, lng: 104.0796,
    signed: { neighbour: 8, zone: box(104.07945, 104.07975, 30.65858, 30.65885), daysAgo: 36 },
  },
  { id: 'shop-demo-4', name: '鲜果时光水果店', address: '幸福路20号', ownerName: '吴大哥', phone: '13900000004', lat: 30.65875, lng: 104.0816 },
  { id: 'shop-demo-5', name: '阿芳理发店', address: '幸福路3号', ownerName: '阿芳', phone: '13900000005', lat: 30.65875, lng: 104.0789 },
  { id: 'shop-demo-6', name: '幸福里菜市场', address: '幸福路26号', ownerName: '马师傅', phone: '13900000006', lat: 30.65875, lng: 104.0824 },
];

/** Who signed 垃圾分类 (neighbour index, whether by name, days ago); 赵大爷 signed first, by name. */
const SORTING_SIGNERS: Array<[number, boolean, number]> = [
  [1, true, 44], [2, false, 43], [3, true, 41], [4, false, 40], [5, true, 38], [6, false, 37], [7, false, 35], [9, true, 33],
  [10, false, 30], [11, true, 28], [12, false, 26], [13, false, 24], [14, true, 21], [15, false, 18], [16, false, 15],
  [17, true, 12], [18, false, 9], [19, false, 6], [20, true, 4], [21, false, 2],
];
const DOG_SIGNERS: Array<[number, boolean, number]> = [[3, true, 19], [6, false, 17], [9, true, 14], [12, false, 10], [15, false, 7], [18, true, 3]];

export interface PledgeSeedPeople {
  userOf: (key: string) => string;
  /** The n-th seeded neighbour (1-based): their user id, nickname and household. */
  neighbour: (n: number) => { userId: string; nickname: string; householdId: string | null };
}

export function demoPledges(now: number, people: PledgeSeedPeople): DemoPledges {
  const pledges: Pledge[] = PLEDGES.map(({ daysAgo, ...seed }) => ({
    ...seed, communityId: XINGFULI, cover: [], status: 'open', signedCount: 0, authorId: people.userOf('committee-chen'),
    createdAt: now - daysAgo * DAY_MS, updatedAt: now - daysAgo * DAY_MS,
  }));
  const signatures: Signature[] = [];
  const sign = (pledgeId: string, signer: { userId: string; nickname: string; householdId: string | null }, showName: boolean, daysAgo: number) =>
    signatures.push({
      id: signatureId(pledgeId, personKey(signer.userId)), communityId: XINGFULI, pledgeId, signerKey: personKey(signer.userId), signerId: signer.userId,
      householdId: signer.householdId, shopId: null, showName, name: signer.nickname, createdAt: now - daysAgo * DAY_MS,
    });

  sign('pl-demo-sorting', { userId: people.userOf('resident-zhao'), nickname: '赵大爷', householdId: 'h-2-1-101' }, true, 44.5);
  for (const [n, shown, daysAgo] of SORTING_SIGNERS) sign('pl-demo-sorting', people.neighbour(n), shown, daysAgo);
  for (const [n, shown, daysAgo] of DOG_SIGNERS) sign('pl-demo-dogs', people.neighbour(n), shown, daysAgo);

  const shops: Shop[] = [];
  const zones: ZoneDoc[] = [];
  for (const { signed, ...seed } of SHOPS) {
    const owner = signed ? people.neighbour(signed.neighbour) : null;
    shops.push({ ...seed, communityId: XINGFULI, ownerUserId: owner?.userId ?? null, createdAt: now - 60 * DAY_MS });
    if (!signed || !owner) continue;
    const signature: Signature = {
      id: signatureId('pl-demo-shopfront', shopKey(seed.id)), communityId: XINGFULI, pledgeId: 'pl-demo-shopfront', signerKey: shopKey(seed.id),
      signerId: owner.userId, householdId: null, shopId: seed.id, showName: true, name: seed.name, createdAt: now - signed.daysAgo * DAY_MS,
    };
    signatures.push(signature);
    const lats = signed.zone.map(([, lat]) => lat);
    const lngs = signed.zone.map(([lng]) => lng);
    zones.push({
      id: zoneIdOf(signature.id), communityId: XINGFULI, ownerIds: [owner.userId], label: seed.name, polygon: signed.zone,
      minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs),
      source: `pledgeSignatures/${signature.id}`, createdAt: signature.createdAt,
    });
  }
  for (const pledge of pledges) pledge.signedCount = signatures.filter((signature) => signature.pledgeId === pledge.id).length;
  return { pledges, pledgeSignatures: signatures, shops, zones };
}
