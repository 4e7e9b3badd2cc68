// Neighbourhood geometry: which grid holds a spot, and which cases lie within the "me too" radius.
import { boundingBox, distanceMeters, pointInPolygon, type Ring } from '../../src/domain/geo';
import { NEARBY_METERS } from '../../src/domain/reports/status';

const GRID_2: Ring = [[104.08, 30.6585], [104.083, 30.6585], [104.083, 30.6615], [104.08, 30.6615]];
const L_SHAPE: Ring = [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2]];

describe('pointInPolygon', () => {
  it('holds a point inside grid 2 and refuses one just outside each side', () => {
    expect(pointInPolygon({ lat: 30.66, lng: 104.0815 }, GRID_2)).toBe(true);
    expect(pointInPolygon({ lat: 30.6584, lng: 104.0815 }, GRID_2)).toBe(false);
    expect(pointInPolygon({ lat: 30.6616, lng: 104.0815 }, GRID_2)).toBe(false);
    expect(pointInPolygon({ lat: 30.66, lng: 104.0799 }, GRID_2)).toBe(false);
    expect(pointInPolygon({ lat: 30.66, lng: 104.0831 }, GRID_2)).toBe(false);
  });

  it('counts a point on an edge or a corner as inside', () => {
    expect(pointInPolygon({ lat: 30.66, lng: 104.08 }, GRID_2)).toBe(true);
    expect(pointInPolygon({ lat: 30.6585, lng: 104.083 }, GRID_2)).toBe(true);
  });

  it('follows a concave ring: the notch of an L is outside', () => {
    expect(pointInPolygon({ lng: 0.5, lat: 1.5 }, L_SHAPE)).toBe(true);
    expect(pointInPolygon({ lng: 1.5, lat: 0.5 }, L_SHAPE)).toBe(true);
    expect(pointInPolygon({ lng: 1.5, lat: 1.5 }, L_SHAPE)).toBe(false);
  });

  it('accepts a ring whose last point repeats the first', () => {
    expect(pointInPolygon({ lat: 30.66, lng: 104.0815 }, [...GRID_2, GRID_2[0]!])).toBe(true);
  });
});

describe('distanceMeters', () => {
  it('measures a thousandth of a degree of latitude as about 111 m, and zero to itself', () => {
    expect(distanceMeters({ lat: 30.66, lng: 104.08 }, { lat: 30.661, lng: 104.08 })).toBeCloseTo(111.2, 0);
    expect(distanceMeters({ lat: 30.66, lng: 104.08 }, { lat: 30.66, lng: 104.08 })).toBe(0);
  });

  it('shrinks a degree of longitude by the cosine of the latitude', () => {
    const east = distanceMeters({ lat: 30.66, lng: 104.08 }, { lat: 30.66, lng: 104.081 });
    expect(east).toBeCloseTo(111.2 * Math.cos((30.66 * Math.PI) / 180), 0);
  });

  it('is symmetric', () => {
    const a = { lat: 30.6571, lng: 104.0799 };
    const b = { lat: 30.6633, lng: 104.0827 };
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 9);
  });
});

describe('boundingBox', () => {
  it('holds every point within the radius, in every direction', () => {
    const centre = { lat: 30.66, lng: 104.0815 };
    const box = boundingBox(centre, NEARBY_METERS);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      // Step outwards along the bearing until just inside the radius.
      let point = centre;
      for (let step = 1; step < 1000; step += 1) {
        const next = { lat: centre.lat + Math.cos(rad) * step * 1e-6, lng: centre.lng + Math.sin(rad) * step * 1e-6 };
        if (distanceMeters(centre, next) > NEARBY_METERS) break;
        point = next;
      }
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(point.lng).toBeLessThanOrEqual(box.maxLng);
    }
  });

  it('is not much larger than the radius (a useful pre-filter)', () => {
    const centre = { lat: 30.66, lng: 104.0815 };
    const box = boundingBox(centre, NEARBY_METERS);
    expect(distanceMeters(centre, { lat: box.maxLat, lng: centre.lng })).toBeCloseTo(NEARBY_METERS, 0);
    expect(distanceMeters(centre, { lat: centre.lat, lng: box.maxLng })).toBeCloseTo(NEARBY_METERS, 0);
  });
});
