// The demo community matches the geography the brief fixes, so the seed, the E2E stories and the tests agree.
import { userIdFor } from '../../cloud/handlers/actor';
import { DEMO_USERS, demoData } from '../../cloud/seed/demo';

const data = demoData(Date.parse('2026-11-20T09:00:00+08:00'));
const bounds = (ring: Array<[number, number]>) => ({
  west: Math.min(...ring.map(([lng]) => lng)),
  east: Math.max(...ring.map(([lng]) => lng)),
  south: Math.min(...ring.map(([, lat]) => lat)),
  north: Math.max(...ring.map(([, lat]) => lat)),
});

describe('the demo community', () => {
  it('draws the three 幸福里 grids as closed rings over the agreed rectangles', () => {
    const grids = Object.fromEntries(data.grids.map((grid) => [grid.id, grid]));
    expect(bounds(grids['g-1'].polygon)).toEqual({ west: 104.077, east: 104.08, south: 30.6585, north: 30.6615 });
    expect(bounds(grids['g-2'].polygon)).toEqual({ west: 104.08, east: 104.083, south: 30.6585, north: 30.6615 });
    expect(bounds(grids['g-3'].polygon)).toEqual({ west: 104.077, east: 104.083, south: 30.6615, north: 30.664 });
    for (const grid of data.grids) expect(grid.polygon[0]).toEqual(grid.polygon[grid.polygon.length - 1]);
    expect(grids['g-2'].workerIds).toEqual([userIdFor('demo:worker-g2')]);
  });

  it("marks each person's membership in the community their record names as current, and no other", () => {
    const currentOf = new Map(data.users.map((user) => [user.id, user.currentCommunityId]));
    for (const member of data.members) expect(member.current === true).toBe(currentOf.get(member.userId) === member.communityId);
    for (const user of data.users.filter((candidate) => candidate.currentCommunityId)) {
      expect(data.members.filter((member) => member.userId === user.id && member.current)).toHaveLength(1);
    }
  });

  it('has about forty 幸福里 households with door labels and distinct six-character invite codes', () => {
    const xingfuli = data.households.filter((household) => household.communityId === 'c-xingfuli');
    expect(xingfuli.length).toBeGreaterThanOrEqual(35);
    expect(xingfuli.length).toBeLessThanOrEqual(45);
    for (const household of xingfuli) expect(household.label).toMatch(/^[1-8]栋\d单元\d{3}$/);
    const codes = data.households.map((household) => household.inviteCode);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('puts every household in the grid of its building', () => {
    const buildings = new Map(data.buildings.map((building) => [building.id, building]));
    for (const household of data.households) {
      expect(buildings.get(household.buildingId)).toMatchObject({ gridId: household.gridId, communityId: household.communityId });
    }
  });

  it('gives every dev-login person an active membership with their role, and grid workers their grid', () => {
    const members = new Map(data.members.map((member) => [member.userId, member]));
    for (const person of DEMO_USERS) {
      const member = members.get(userIdFor(person.openid));
      expect(member).toMatchObject({ role: person.role, communityId: person.communityId, status: 'active' });
    }
    expect(members.get(userIdFor('demo:worker-g2'))?.gridIds).toEqual(['g-2']);
    expect(members.get(userIdFor('demo:street-officer'))?.streetId).toBe('st-qingshi');
    const households = new Map(data.households.map((household) => [household.id, household]));
    expect(households.get(members.get(userIdFor('demo:resident-wang'))!.householdId!)?.gridId).toBe('g-2');
    expect(households.get(members.get(userIdFor('demo:resident-zhao'))!.householdId!)?.gridId).toBe('g-1');
    expect(households.get(members.get(userIdFor('demo:heping-resident'))!.householdId!)?.communityId).toBe('c-heping');
  });
});
