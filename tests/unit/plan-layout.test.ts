// The H5 community plan: grids are drawn where they are and in their own shape, and a tap maps back to a spot.
import { centreOf, fromFraction, gridShape, nameSpot, nearestBuilding, planBox, toPercent } from '../../src/components/plan/planLayout';
import type { CommunityMap } from '../../src/domain/reports/types';

const square: Array<[number, number]> = [
  [104.0, 30.0],
  [104.01, 30.0],
  [104.01, 30.01],
  [104.0, 30.01],
];
// An L: the square without its north-east quarter.
const ell: Array<[number, number]> = [
  [104.01, 30.0],
  [104.03, 30.0],
  [104.03, 30.01],
  [104.02, 30.01],
  [104.02, 30.02],
  [104.01, 30.02],
];
const map: CommunityMap = {
  communityId: 'c-1',
  name: '幸福里社区',
  center: { lat: 30.01, lng: 104.015 },
  grids: [
    { id: 'g-1', name: '第一网格', polygon: square },
    { id: 'g-2', name: '第二网格', polygon: ell },
  ],
  buildings: [
    { id: 'b-1', name: '1栋', footprint: [[104.004, 30.004], [104.006, 30.004], [104.006, 30.005], [104.004, 30.005]] },
    { id: 'b-2', name: '2栋', footprint: [[104.024, 30.004], [104.026, 30.004], [104.026, 30.005], [104.024, 30.005]] },
  ],
};

describe('community plan layout', () => {
  const box = planBox(map);

  it('puts every grid corner inside the plan', () => {
    for (const [lng, lat] of [...square, ...ell]) {
      const at = toPercent(box, { lat, lng });
      expect(at.left).toBeGreaterThan(0);
      expect(at.left).toBeLessThan(100);
      expect(at.top).toBeGreaterThan(0);
      expect(at.top).toBeLessThan(100);
    }
  });

  it('clips a rectangular grid to its whole box', () => {
    expect(gridShape(box, square).clipPath).toBe('polygon(0% 100%, 100% 100%, 100% 0%, 0% 0%)');
  });

  it('clips an L-shaped grid to the L, not its bounding box', () => {
    const shape = gridShape(box, ell);
    expect(shape.clipPath).toBe('polygon(0% 100%, 100% 100%, 100% 50%, 50% 50%, 50% 0%, 0% 0%)');
    expect(shape.width).toBeCloseTo(toPercent(box, { lat: 30, lng: 104.03 }).left - toPercent(box, { lat: 30, lng: 104.01 }).left);
  });

  it('names a building in its middle when the whole of it shows', () => {
    expect(nameSpot({ left: 20, top: 30, width: 10, height: 20 })).toEqual({ left: 25, top: 40 });
  });

  it('names a building the edge cuts in the middle of what shows, so the name stays on the plan', () => {
    // 6栋 runs off the right edge of a plan zoomed on a shop: only 67%–100% of the plan shows of it.
    expect(nameSpot({ left: 67, top: 15, width: 60, height: 10 })).toEqual({ left: 83.5, top: 20 });
    expect(nameSpot({ left: -40, top: -5, width: 60, height: 10 })).toEqual({ left: 10, top: 2.5 });
  });

  it('leaves unnamed a building the plan does not show, or shows too little of for its name', () => {
    expect(nameSpot({ left: 105, top: 10, width: 10, height: 10 })).toBeNull();
    expect(nameSpot({ left: 96, top: 10, width: 30, height: 10 })).toBeNull();
    // A small building that shows whole keeps its name, however narrow.
    expect(nameSpot({ left: 40, top: 10, width: 3, height: 5 })).toEqual({ left: 41.5, top: 12.5 });
  });

  it('maps a tap back to the spot it was drawn at', () => {
    const spot = { lat: 30.005, lng: 104.025 };
    const at = toPercent(box, spot);
    const back = fromFraction(box, at.left / 100, at.top / 100);
    expect(back.lat).toBeCloseTo(spot.lat, 9);
    expect(back.lng).toBeCloseTo(spot.lng, 9);
  });

  it('names the building a spot is beside, and none when the spot is far from every building', () => {
    expect(centreOf(map.buildings[0]!.footprint)).toEqual({ lat: expect.closeTo(30.0045, 6), lng: expect.closeTo(104.005, 6) });
    expect(nearestBuilding(map, { lat: 30.0047, lng: 104.0052 })?.name).toBe('1栋');
    expect(nearestBuilding(map, { lat: 30.0046, lng: 104.0249 })?.name).toBe('2栋');
    // About 1.5 km from both.
    expect(nearestBuilding(map, { lat: 30.018, lng: 104.015 })).toBeNull();
  });
});
