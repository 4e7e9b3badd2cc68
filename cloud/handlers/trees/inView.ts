// Trees and green belts inside the map's visible box. The box rides the (communityId, lat, lng) index; at most
// 500 markers are sent, and `truncated` asks the map to zoom in.
import type { GreenBelt, Tree } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { markerOf } from './views';

export const MAX_MARKERS = 500;

export const treesInView: ActionHandler<'trees.inView'> = async (box, ctx) => {
  const communityId = ctx.actor.communityId ?? '';
  const now = ctx.clock.now();
  const [trees, belts] = await Promise.all([
    ctx.store.find<Tree>(
      'trees',
      { communityId, lat: { $gte: box.minLat, $lte: box.maxLat }, lng: { $gte: box.minLng, $lte: box.maxLng } },
      { limit: MAX_MARKERS + 1 },
    ),
    ctx.store.find<GreenBelt>('greenBelts', { communityId, minLat: { $lte: box.maxLat } }),
  ]);
  return {
    trees: trees.slice(0, MAX_MARKERS).map((tree) => markerOf(tree, now)),
    belts: belts
      .filter((belt) => belt.maxLat >= box.minLat && belt.minLng <= box.maxLng && belt.maxLng >= box.minLng)
      .map(({ id, name, polygon }) => ({ id, name, polygon })),
    truncated: trees.length > MAX_MARKERS,
  };
};
