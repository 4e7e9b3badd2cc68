// What the bench asks: reports a resident files, and the spots and categories "anything open nearby?" is asked for.
import { CATEGORY_KEYS, type CategoryKey } from '../src/domain/reports/categories';
import { newReport } from '../src/domain/reports/newReport';
import { routeToGrid } from '../src/domain/reports/rules';
import type { Report } from '../src/domain/reports/types';
import { STREET_ID } from '../cloud/seed/demo';
import { DESCRIPTIONS } from './descriptions';
import type { Cast } from './people';
import { AREAS, places, type AreaKey } from './places';
import type { Random } from './random';

export interface CreateInput {
  category: CategoryKey;
  description: string;
  photoIds: string[];
  lat: number;
  lng: number;
  address: string;
  showName: boolean;
}

export interface NearbyProbe {
  category: CategoryKey;
  lat: number;
  lng: number;
}

/** Areas of the caller's community (幸福里), where they file and look around. */
const HOME: AreaKey[] = ['g1', 'g2', 'g2', 'g3', 'outside'];

export function createInputs(count: number, cast: Cast, random: Random): CreateInput[] {
  const spots = places(random);
  return Array.from({ length: count }, () => {
    const area = random.pick(HOME);
    const category = random.pick(CATEGORY_KEYS);
    return {
      category,
      description: random.pick(DESCRIPTIONS[category]),
      photoIds: [cast.caller.fileId],
      ...spots.pointIn(area),
      address: random.pick(AREAS[area].spots),
      showName: false,
    };
  });
}

export function nearbyProbes(count: number, random: Random): NearbyProbe[] {
  const spots = places(random);
  return Array.from({ length: count }, () => ({ category: random.pick(CATEGORY_KEYS), ...spots.pointIn(random.pick(HOME)) }));
}

/** The document a direct implementation would write for a filed report. */
export function reportDocFor(input: CreateInput, id: string, cast: Cast, communityId: string, now: number): Report {
  const gridId = routeToGrid(input, cast.grids.filter((grid) => grid.communityId === communityId));
  return newReport({
    id,
    communityId,
    streetId: STREET_ID,
    gridId,
    category: input.category,
    description: input.description,
    photos: input.photoIds.map((fileId) => ({ fileId, verdict: 'pass' })),
    lat: input.lat,
    lng: input.lng,
    address: input.address,
    reporterId: cast.caller.userId,
    reporterRole: 'resident',
    showName: input.showName,
    now,
  });
}
