// The demo's trees and pledges agree with themselves and with the demo's map: each tree in the grid it names,
// each adopted tree held by its live adoption, each pledge's count equal to its signatures, each shop's zone at its door.
import { demoData } from '../../cloud/seed/demo';
import { pointInPolygon } from '../../src/domain/geo';
import { routeToGrid } from '../../src/domain/reports/rules';
import { isAdopted } from '../../src/domain/trees/rules';

const now = Date.parse('2026-11-20T09:00:00+08:00');
const data = demoData(now);

describe('the demo trees', () => {
  it('stand in the grids they name, and the belts they name', () => {
    for (const tree of data.trees) {
      expect(routeToGrid(tree, data.grids.filter((grid) => grid.communityId === tree.communityId))).toBe(tree.gridId);
      const belt = data.greenBelts.find((candidate) => candidate.id === tree.beltId);
      if (belt) expect(pointInPolygon(tree, belt.polygon)).toBe(true);
    }
  });

  it('hold 香樟 by 3栋, a row of 银杏, a 古树名木 桂花 and a free 香樟 in grid 2', () => {
    expect(data.trees.filter((tree) => tree.species === 'camphor' && tree.spot.startsWith('3栋'))).toHaveLength(3);
    expect(data.trees.filter((tree) => tree.species === 'ginkgo').length).toBeGreaterThanOrEqual(5);
    expect(data.trees.find((tree) => tree.heritage)).toMatchObject({ species: 'osmanthus', plantedYear: 1926 });
    expect(data.trees.find((tree) => tree.code === 'XFL-030')).toMatchObject({ species: 'camphor', gridId: 'g-2', adoptionId: null });
  });

  it('are adopted exactly by their live adoptions', () => {
    for (const tree of data.trees.filter((candidate) => isAdopted(candidate, now))) {
      const adoption = data.adoptions.find((candidate) => candidate.id === tree.adoptionId);
      expect(adoption).toMatchObject({ status: 'active', treeId: tree.id, adopterId: tree.adopterId, endsAt: tree.adoptedUntil });
    }
    for (const adoption of data.adoptions.filter((candidate) => candidate.status === 'active')) {
      expect(data.trees.find((tree) => tree.id === adoption.treeId)?.adoptionId).toBe(adoption.id);
    }
  });
});

describe('the demo pledges', () => {
  it('count exactly their signatures', () => {
    for (const pledge of data.pledges) {
      expect(pledge.signedCount).toBe(data.pledgeSignatures.filter((signature) => signature.pledgeId === pledge.id).length);
    }
    expect(data.pledges.find((pledge) => pledge.kind === 'sorting')?.signedCount).toBeGreaterThan(10);
  });

  it('draw each signed shop’s zone at its own door, owned by its signer', () => {
    const shops = data.shops.filter((shop) => shop.ownerUserId);
    expect(shops.length).toBeGreaterThanOrEqual(2);
    for (const shop of shops) {
      const zone = data.zones.find((candidate) => candidate.label === shop.name)!;
      expect(zone.ownerIds).toEqual([shop.ownerUserId]);
      expect(pointInPolygon(shop, zone.polygon)).toBe(true);
    }
  });

  it('record 践诺 only for signers’ acts the other seeds tell of', () => {
    expect(data.acts.map((act) => act.id)).toEqual(expect.arrayContaining(['report.confirmed:r-demo-01', 'care.verified:cl-demo-1']));
    expect(data.acts.some((act) => act.id.endsWith('cl-demo-4'))).toBe(false);
  });
});
