// The trees of 幸福里: three 香樟 by 3栋 in their green belt (one adopted by 赵大爷, who logs care), a row of 银杏
// along the central road, a 古树名木 桂花 of 1926 in the centre garden, 法国梧桐 on 幸福路, and a free 香樟 by 6栋
// in grid 2 (the E2E story adopts it). One household adoption is overdue for care, one adoption lapsed last week.
import { DAY_MS } from '../../src/domain/common/days';
import type { Ring } from '../../src/domain/geo';
import { newTree, treeIdFor } from '../../src/domain/trees/newTree';
import { termEnd } from '../../src/domain/trees/rules';
import type { SpeciesKey } from '../../src/domain/trees/species';
import type { Adoption, CareAct, CareLog, Condition, GreenBelt, Tree } from '../../src/domain/trees/types';
import type { Files } from '../ports';
import { placeholderPng, type Rgb } from './png';

const XINGFULI = 'c-xingfuli';

export interface DemoTrees {
  trees: Tree[];
  greenBelts: GreenBelt[];
  adoptions: Adoption[];
  careLogs: CareLog[];
}

const box = (west: number, east: number, south: number, north: number): Ring => [[west, south], [east, south], [east, north], [west, north], [west, south]];

const BELTS: Array<{ id: string; name: string; polygon: Ring }> = [
  { id: 'gb-demo-3', name: '3栋东侧绿化带', polygon: box(104.0791, 104.0798, 30.6583, 30.6595) },
  { id: 'gb-demo-garden', name: '中心花园', polygon: box(104.0795, 104.0806, 30.6623, 30.6633) },
];

interface Planting {
  code: string;
  species: SpeciesKey;
  lat: number;
  lng: number;
  spot: string;
  gridId: string;
  beltId?: string;
  plantedYear: number;
  condition?: Condition;
  heritage?: boolean;
  /** Days since anyone last cared for it. */
  caredDaysAgo?: number;
}

/** Nicknames of adopters who chose to show them (as the adoption copies the nickname). */
const SHOWN_NAMES: Record<string, string> = { 'a-demo-zhao': '赵大爷' };

const GINKGO_ROW: Planting[] = [0, 1, 2, 3, 4, 5].map((n) => ({
  code: `XFL-01${n}`,
  species: 'ginkgo',
  lat: 30.6617,
  lng: 104.0786 + n * 0.0008,
  spot: `中心路银杏行道树第${n + 1}棵`,
  gridId: 'g-3',
  plantedYear: 2012,
  caredDaysAgo: 12 + n,
}));

const PLANTINGS: Planting[] = [
  { code: 'XFL-001', species: 'camphor', lat: 30.6593, lng: 104.0794, spot: '3栋东侧绿化带北段', gridId: 'g-1', beltId: 'gb-demo-3', plantedYear: 2008, caredDaysAgo: 3 },
  { code: 'XFL-002', species: 'camphor', lat: 30.6589, lng: 104.0795, spot: '3栋东侧绿化带中段', gridId: 'g-1', beltId: 'gb-demo-3', plantedYear: 2008, caredDaysAgo: 20 },
  { code: 'XFL-003', species: 'camphor', lat: 30.6585, lng: 104.0794, spot: '3栋东侧绿化带南段', gridId: 'g-1', beltId: 'gb-demo-3', plantedYear: 2009 },
  ...GINKGO_ROW,
  { code: 'XFL-020', species: 'osmanthus', lat: 30.6628, lng: 104.08, spot: '中心花园古桂花', gridId: 'g-3', beltId: 'gb-demo-garden', plantedYear: 1926, heritage: true, caredDaysAgo: 5 },
  { code: 'XFL-030', species: 'camphor', lat: 30.6593, lng: 104.0812, spot: '6栋北侧', gridId: 'g-2', plantedYear: 2010, caredDaysAgo: 30 },
  { code: 'XFL-040', species: 'banyan', lat: 30.6607, lng: 104.0804, spot: '4栋西侧', gridId: 'g-2', plantedYear: 2015, condition: 'attention', caredDaysAgo: 9 },
  { code: 'XFL-050', species: 'plane', lat: 30.6586, lng: 104.0783, spot: '幸福路3栋段', gridId: 'g-1', plantedYear: 1998 },
  { code: 'XFL-051', species: 'plane', lat: 30.6586, lng: 104.0819, spot: '幸福路6栋段', gridId: 'g-2', plantedYear: 1998 },
  { code: 'XFL-060', species: 'cherry', lat: 30.6625, lng: 104.0812, spot: '8栋南侧', gridId: 'g-3', plantedYear: 2018 },
  { code: 'XFL-061', species: 'crape_myrtle', lat: 30.6625, lng: 104.0788, spot: '7栋门前', gridId: 'g-3', plantedYear: 2016 },
];

interface Care {
  act: CareAct;
  daysAgo: number;
  note: string;
  verifiedBy?: string;
}

const ZHAO_CARE: Care[] = [
  { act: 'water', daysAgo: 40, note: '天干，浇了两桶水', verifiedBy: 'worker-g1' },
  { act: 'prune', daysAgo: 25, note: '剪掉了挡住路灯的几根枯枝', verifiedBy: 'worker-g1' },
  { act: 'litter', daysAgo: 10, note: '清理了树下的烟头和塑料袋', verifiedBy: 'worker-g1' },
  { act: 'water', daysAgo: 3, note: '浇水一次' },
];

export function demoTrees(now: number, userOf: (key: string) => string, neighbourId: (n: number) => string): DemoTrees {
  const greenBelts: GreenBelt[] = BELTS.map((belt) => {
    const lats = belt.polygon.map(([, lat]) => lat);
    const lngs = belt.polygon.map(([lng]) => lng);
    return { ...belt, communityId: XINGFULI, minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs), createdAt: now - 400 * DAY_MS };
  });
  const trees = PLANTINGS.map((planting) => {
    const tree = newTree({
      communityId: XINGFULI,
      code: planting.code,
      species: planting.species,
      lat: planting.lat,
      lng: planting.lng,
      spot: planting.spot,
      gridId: planting.gridId,
      beltId: planting.beltId ?? null,
      plantedYear: planting.plantedYear,
      condition: planting.condition ?? 'healthy',
      heritage: planting.heritage ?? false,
      photos: [],
      now: now - 400 * DAY_MS,
    });
    if (planting.caredDaysAgo !== undefined) tree.lastCareAt = now - planting.caredDaysAgo * DAY_MS;
    return tree;
  });
  const byCode = new Map(trees.map((tree) => [tree.code, tree]));

  const adoption = (id: string, code: string, adopterId: string, startedDaysAgo: number, extra: Partial<Adoption> = {}): Adoption => {
    const startsAt = now - startedDaysAgo * DAY_MS;
    return {
      id, communityId: XINGFULI, treeId: treeIdFor(XINGFULI, code), adopterId, kind: 'person', householdId: null, showName: false,
      startsAt, endsAt: termEnd(startsAt), renewals: 0, status: 'active', endedAt: null, lastCareAt: null,
      createdAt: startsAt, updatedAt: startsAt, ...extra,
    };
  };
  const adoptions: Adoption[] = [
    adoption('a-demo-zhao', 'XFL-001', userOf('resident-zhao'), 200, { showName: true, lastCareAt: now - 3 * DAY_MS, householdId: 'h-2-1-101' }),
    // 王阿姨's household adopted a 银杏 and has not logged care for two weeks: it is overdue (autumn: every 10 days).
    adoption('a-demo-wang', 'XFL-012', userOf('resident-wang'), 100, { kind: 'household', householdId: 'h-5-2-501', lastCareAt: now - 15 * DAY_MS }),
    // 刘大姐's year ran out last week; the 银杏 is free again.
    adoption('a-demo-liu', 'XFL-015', neighbourId(1), 372, { status: 'lapsed', lastCareAt: now - 30 * DAY_MS }),
  ];
  const lapsed = adoptions[2]!;
  lapsed.endedAt = lapsed.endsAt;

  for (const live of adoptions.filter((candidate) => candidate.status === 'active')) {
    const tree = trees.find((candidate) => candidate.id === live.treeId)!;
    Object.assign(tree, {
      adoptionId: live.id,
      adopterId: live.adopterId,
      adopterKind: live.kind,
      adopterHouseholdId: live.kind === 'household' ? live.householdId : null,
      adopterName: live.showName ? SHOWN_NAMES[live.id] ?? null : null,
      adoptedUntil: live.endsAt,
    });
  }

  const careLogs: CareLog[] = ZHAO_CARE.map((care, index) => {
    const at = now - care.daysAgo * DAY_MS;
    return {
      id: `cl-demo-${index + 1}`, communityId: XINGFULI, treeId: byCode.get('XFL-001')!.id, adoptionId: 'a-demo-zhao',
      authorId: userOf('resident-zhao'), authorRole: 'adopter', householdId: 'h-2-1-101', act: care.act, photos: [], note: care.note,
      condition: null, verification: care.verifiedBy ? 'verified' : 'pending', verifiedBy: care.verifiedBy ? userOf(care.verifiedBy) : null,
      verifiedAt: care.verifiedBy ? at + DAY_MS : null, caseId: null, createdAt: at,
    };
  });
  careLogs.push({
    id: 'cl-demo-staff', communityId: XINGFULI, treeId: byCode.get('XFL-020')!.id, adoptionId: null, authorId: userOf('worker-g3'),
    authorRole: 'staff', householdId: null, act: 'pest_control', photos: [], note: '古桂花例行病虫害防治，喷施生物药剂', condition: 'healthy',
    verification: 'verified', verifiedBy: userOf('worker-g3'), verifiedAt: now - 5 * DAY_MS, caseId: null, createdAt: now - 5 * DAY_MS,
  });
  return { trees, greenBelts, adoptions, careLogs };
}

const GREENS: Rgb[] = [[80, 140, 80], [100, 160, 90], [70, 120, 70], [120, 170, 100]];

/** Placeholder photos for the seeded care logs, each owned by the log's author. */
export async function attachTreePhotos(careLogs: CareLog[], files: Pick<Files, 'save'>): Promise<void> {
  for (const [index, log] of careLogs.entries()) {
    const { fileId } = await files.save({ bytes: placeholderPng(GREENS[index % GREENS.length]!), ownerId: log.authorId });
    log.photos.push({ fileId, verdict: 'pass' });
  }
}
