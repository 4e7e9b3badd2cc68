// Where bench reports happen: inside the demo grids (mostly around a few hotspots such as bin points and
// gates, as real reports cluster), sometimes just outside every grid (the duty queue), and some in 和平社区.
import type { LatLng } from '../src/domain/geo';
import { HEPING, XINGFULI } from '../cloud/seed/demo';
import type { Random } from './random';

export interface Area {
  communityId: string;
  /** Where points are drawn: a lat/lng rectangle. */
  south: number;
  north: number;
  west: number;
  east: number;
  /** Public spot descriptions used as the report's address line. */
  spots: readonly string[];
}

const METERS_PER_DEGREE = 111_320;

export const AREAS = {
  g1: { communityId: XINGFULI, west: 104.077, east: 104.08, south: 30.6585, north: 30.6615, spots: ['1栋东侧绿化带', '2栋单元门口', '3栋北侧垃圾分类点', '西门快递柜旁', '1栋地下车库入口'] },
  g2: { communityId: XINGFULI, west: 104.08, east: 104.083, south: 30.6585, north: 30.6615, spots: ['4栋南侧人行道', '5栋楼下垃圾桶', '6栋东侧围墙', '中心广场健身器材', '东门菜店门口'] },
  g3: { communityId: XINGFULI, west: 104.077, east: 104.083, south: 30.6615, north: 30.664, spots: ['7栋自行车棚', '8栋西侧花坛', '北门岗亭旁', '7栋充电桩', '儿童游乐区'] },
  outside: { communityId: XINGFULI, west: 104.077, east: 104.083, south: 30.656, north: 30.6584, spots: ['南门外人行道', '社区南侧背街小巷', '南门公交站旁', '农贸市场入口'] },
  heping: { communityId: HEPING, west: 104.088, east: 104.092, south: 30.668, north: 30.672, spots: ['和平1栋楼下', '和平社区大门', '和平小游园'] },
} as const satisfies Record<string, Area>;

export type AreaKey = keyof typeof AREAS;

/** How reports split over the areas. */
export const AREA_WEIGHTS: Record<AreaKey, number> = { g1: 30, g2: 30, g3: 25, outside: 8, heping: 7 };

/** Points where problems recur (bin points, gates, the market); half of all reports fall within ~30 m of one. */
function hotspotsOf(area: Area, random: Random, count: number): LatLng[] {
  return Array.from({ length: count }, () => ({ lat: random.between(area.south, area.north), lng: random.between(area.west, area.east) }));
}

export interface Places {
  /** A point in the area: near a hotspot half of the time, anywhere in it otherwise. */
  pointIn(key: AreaKey): LatLng;
}

export function places(random: Random): Places {
  const hotspots = Object.fromEntries(
    (Object.keys(AREAS) as AreaKey[]).map((key) => [key, hotspotsOf(AREAS[key], random, 8)]),
  ) as Record<AreaKey, LatLng[]>;
  return {
    pointIn(key) {
      const area: Area = AREAS[key];
      if (random.next() < 0.5) {
        const hub = random.pick(hotspots[key]);
        const meters = 30 * Math.sqrt(random.next());
        const angle = random.between(0, 2 * Math.PI);
        const lat = hub.lat + (meters * Math.sin(angle)) / METERS_PER_DEGREE;
        const lng = hub.lng + (meters * Math.cos(angle)) / (METERS_PER_DEGREE * Math.cos((hub.lat * Math.PI) / 180));
        return { lat: Math.min(area.north, Math.max(area.south, lat)), lng: Math.min(area.east, Math.max(area.west, lng)) };
      }
      return { lat: random.between(area.south, area.north), lng: random.between(area.west, area.east) };
    },
  };
}
