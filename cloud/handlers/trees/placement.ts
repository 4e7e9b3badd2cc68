// Where a tree stands in the community: the grid that routes its cases, and the green belt it grows in.
import { pointInPolygon, type LatLng } from '../../../src/domain/geo';
import { routeToGrid } from '../../../src/domain/reports/rules';
import type { GreenBelt } from '../../../src/domain/trees/types';
import { gridsOf } from '../../kit/layout';
import type { Store } from '../../ports';

export interface Placer {
  place(point: LatLng): { gridId: string | null; beltId: string | null };
}

/** Reads the community's grids and belts once, then places any number of trees. */
export async function placerFor(store: Store, communityId: string): Promise<Placer> {
  const [grids, belts] = await Promise.all([
    gridsOf(store, communityId),
    store.find<GreenBelt>('greenBelts', { communityId }, { orderBy: [['id', 'asc']] }),
  ]);
  return {
    place: (point) => ({
      gridId: routeToGrid(point, grids),
      beltId: belts.find((belt) => pointInPolygon(point, belt.polygon))?.id ?? null,
    }),
  };
}
