// Plane geometry on the scale of a neighbourhood: point-in-polygon for grid routing, distances in metres.

export interface LatLng {
  lat: number;
  lng: number;
}

/** A closed ring of [lng, lat] points (GeoJSON order); the last point need not repeat the first. */
export type Ring = Array<[number, number]>;

const EARTH_RADIUS_M = 6_371_000;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Ray casting: true when the point lies inside the ring (points on an edge count as inside). */
export function pointInPolygon(point: LatLng, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (onSegment(point, [xi, yi], [xj, yj])) return true;
    const crosses = yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

function onSegment(p: LatLng, [x1, y1]: [number, number], [x2, y2]: [number, number]): boolean {
  const cross = (p.lng - x1) * (y2 - y1) - (p.lat - y1) * (x2 - x1);
  if (Math.abs(cross) > 1e-12) return false;
  return Math.min(x1, x2) <= p.lng && p.lng <= Math.max(x1, x2) && Math.min(y1, y2) <= p.lat && p.lat <= Math.max(y1, y2);
}

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The latitude/longitude box that holds every point within `meters` of the centre: a cheap index pre-filter. */
export function boundingBox(center: LatLng, meters: number): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = (meters / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLng = dLat / Math.max(Math.cos(toRad(center.lat)), 1e-6);
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng: center.lng - dLng, maxLng: center.lng + dLng };
}
