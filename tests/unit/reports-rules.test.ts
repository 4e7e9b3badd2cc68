// Who may do what with a case, as pure rules: routing by spot, handling by level, verifying by the reporter,
// reopening within the window.
import { demoData } from '../../cloud/seed/demo';
import type { Actor } from '../../src/domain/roles';
import { DAY_MS, dueAtFor, HOUR_MS } from '../../src/domain/reports/categories';
import { abilities, canHandle, canModerate, canReopen, canSee, canSupport, canVerify, routeToGrid } from '../../src/domain/reports/rules';
import type { Report, ReportLevel } from '../../src/domain/reports/types';

const grids = demoData(0).grids.filter((grid) => grid.communityId === 'c-xingfuli');
const NOW = Date.parse('2026-11-20T09:00:00+08:00');

const report = (overrides: Partial<Report> = {}): Report => ({
  id: 'r1', communityId: 'c-xingfuli', streetId: 'st-qingshi', gridId: 'g-2', level: 'grid', category: 'clutter',
  description: '楼道堆物', photos: [], lat: 30.66, lng: 104.0815, address: '5栋东侧', reporterId: 'u-wang', showName: false,
  status: 'submitted', afterPhotos: [], rejections: 0, flagged: false, hidden: false, supportCount: 0,
  createdAt: NOW, updatedAt: NOW, dueAt: NOW + DAY_MS, ...overrides,
});

const actors: Record<string, Actor> = {
  wang: { userId: 'u-wang', role: 'resident', communityId: 'c-xingfuli', gridIds: [] },
  li: { userId: 'u-li', role: 'resident', communityId: 'c-xingfuli', gridIds: [] },
  workerG1: { userId: 'u-g1', role: 'grid_worker', communityId: 'c-xingfuli', gridIds: ['g-1'] },
  workerG2: { userId: 'u-g2', role: 'grid_worker', communityId: 'c-xingfuli', gridIds: ['g-2'] },
  committee: { userId: 'u-chen', role: 'committee', communityId: 'c-xingfuli', gridIds: [] },
  street: { userId: 'u-huang', role: 'street', communityId: 'c-xingfuli', streetId: 'st-qingshi', gridIds: [] },
  otherStreet: { userId: 'u-far', role: 'street', communityId: 'c-far', streetId: 'st-far', gridIds: [] },
  hepingCommittee: { userId: 'u-ma', role: 'committee', communityId: 'c-heping', gridIds: [] },
  hepingResident: { userId: 'u-sun', role: 'resident', communityId: 'c-heping', gridIds: [] },
};

describe('routeToGrid', () => {
  it('sends a spot to the grid whose boundary holds it', () => {
    expect(routeToGrid({ lat: 30.66, lng: 104.0815 }, grids)).toBe('g-2');
    expect(routeToGrid({ lat: 30.66, lng: 104.0785 }, grids)).toBe('g-1');
    expect(routeToGrid({ lat: 30.663, lng: 104.08 }, grids)).toBe('g-3');
  });

  it('leaves a spot in no grid to the duty queue (null)', () => {
    expect(routeToGrid({ lat: 30.657, lng: 104.08 }, grids)).toBeNull();
    expect(routeToGrid({ lat: 30.66, lng: 104.09 }, grids)).toBeNull();
    expect(routeToGrid({ lat: 30.66, lng: 104.08 }, [])).toBeNull();
  });

  it('settles a spot on a shared boundary to one grid, deterministically', () => {
    const onBorder = { lat: 30.66, lng: 104.08 };
    expect(routeToGrid(onBorder, grids)).toBe('g-1');
    expect(routeToGrid(onBorder, [...grids].reverse())).toBe('g-2');
  });
});

describe('dueAtFor', () => {
  it('gives overflowing bins 12 hours and illegal structures a week', () => {
    expect(dueAtFor('overflowing_bin', NOW)).toBe(NOW + 12 * HOUR_MS);
    expect(dueAtFor('illegal_structure', NOW)).toBe(NOW + 7 * DAY_MS);
  });
});

describe('canHandle', () => {
  const cases: Array<[string, ReportLevel, string | null, Record<string, boolean>]> = [
    ['a grid-2 case at grid level', 'grid', 'g-2', { workerG2: true, workerG1: false, committee: true, street: false, wang: false, hepingCommittee: false }],
    ['an unrouted case in the duty queue', 'community', null, { workerG2: false, workerG1: false, committee: true, street: false, wang: false, hepingCommittee: false }],
    ['a grid-2 case escalated to the community', 'community', 'g-2', { workerG2: false, committee: true, street: false, wang: false }],
    ['a case escalated to the street', 'street', 'g-2', { workerG2: false, committee: false, street: true, otherStreet: false, wang: false, hepingCommittee: false }],
  ];
  for (const [name, level, gridId, expected] of cases) {
    it(`for ${name}`, () => {
      const subject = report({ level, gridId });
      const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, canHandle(actors[key]!, subject)]));
      expect(actual).toEqual(expected);
    });
  }
});

describe('canHandle for a case a volunteer drive took on', () => {
  const takenOn = (level: ReportLevel) => report({ level, takenOnBy: { driveId: 'd1', organiserId: 'u-li' } });

  it("lets the drive's organiser handle it, even as a resident, beside the grid's worker", () => {
    expect(canHandle(actors.li!, takenOn('grid'))).toBe(true);
    expect(canHandle(actors.workerG2!, takenOn('grid'))).toBe(true);
    expect(canHandle(actors.wang!, takenOn('grid'))).toBe(false);
  });

  it('stops at the street office, and never reaches across communities', () => {
    expect(canHandle(actors.li!, takenOn('street'))).toBe(false);
    expect(canHandle({ ...actors.li!, communityId: 'c-heping' }, takenOn('grid'))).toBe(false);
  });

  it('offers the organiser the resolve button of an accepted case', () => {
    expect(abilities(actors.li!, { ...takenOn('grid'), status: 'accepted' }, NOW, false).resolve).toBe(true);
  });
});

describe('canSee and canModerate', () => {
  it('keeps each community to itself, and lets a street officer see every community of the street', () => {
    const subject = report();
    expect(canSee(actors.wang!, subject)).toBe(true);
    expect(canSee(actors.hepingResident!, subject)).toBe(false);
    expect(canSee(actors.street!, report({ communityId: 'c-heping' }))).toBe(true);
    expect(canSee(actors.otherStreet!, subject)).toBe(false);
  });

  it('lets only the committee of the community moderate', () => {
    expect(canModerate(actors.committee!, report())).toBe(true);
    expect(canModerate(actors.hepingCommittee!, report())).toBe(false);
    expect(canModerate(actors.workerG2!, report())).toBe(false);
    expect(canModerate(actors.street!, report())).toBe(false);
  });
});

describe('canVerify (谁上报谁核查)', () => {
  it('is the reporter alone', () => {
    expect(canVerify(actors.wang!, report())).toBe(true);
    expect(canVerify(actors.li!, report())).toBe(false);
    expect(canVerify(actors.workerG2!, report())).toBe(false);
    expect(canVerify(actors.committee!, report())).toBe(false);
  });

  it('is the grid worker who filed a case on behalf of a resident (代办)', () => {
    const filed = report({ reporterId: 'u-g2', filedBy: { userId: 'u-g2', onBehalfOf: '5栋 李奶奶' } });
    expect(canVerify(actors.workerG2!, filed)).toBe(true);
    expect(canVerify(actors.wang!, filed)).toBe(false);
  });
});

describe('canSupport', () => {
  it('lets another member of the community support an open case, never the reporter or an outsider', () => {
    expect(canSupport(actors.li!, report())).toBe(true);
    expect(canSupport(actors.wang!, report())).toBe(false);
    expect(canSupport(actors.hepingResident!, report())).toBe(false);
    expect(canSupport(actors.li!, report({ status: 'closed' }))).toBe(false);
    expect(canSupport(actors.li!, report({ status: 'resolved' }))).toBe(true);
  });

  it('does not offer "me too" to whoever handles the case', () => {
    expect(canSupport(actors.workerG2!, report())).toBe(false);
    expect(canSupport(actors.committee!, report())).toBe(false);
    expect(abilities(actors.workerG2!, report(), NOW, false).support).toBe(false);
    // A worker of another grid is a neighbour like any other.
    expect(canSupport(actors.workerG1!, report())).toBe(true);
  });
});

describe('canReopen (前清后涂)', () => {
  const closedAt = NOW;
  const closed = report({ status: 'closed', closedAt });

  it('allows any member of the community within 30 days of closing', () => {
    expect(canReopen(actors.li!, closed, closedAt + 30 * DAY_MS)).toBe(true);
    expect(canReopen(actors.wang!, closed, closedAt + DAY_MS)).toBe(true);
  });

  it('refuses after 30 days, before closing, and to outsiders', () => {
    expect(canReopen(actors.li!, closed, closedAt + 30 * DAY_MS + 1)).toBe(false);
    expect(canReopen(actors.li!, report({ status: 'resolved' }), closedAt)).toBe(false);
    expect(canReopen(actors.hepingResident!, closed, closedAt + DAY_MS)).toBe(false);
  });

  it('refuses a case already reopened: the new case is the one to follow', () => {
    expect(canReopen(actors.li!, report({ status: 'closed', closedAt, reopenedAs: 'r-new' }), closedAt + DAY_MS)).toBe(false);
  });
});

describe('abilities', () => {
  it('offers the assigned worker accept on a new case and nothing a reporter or a neighbour does', () => {
    expect(abilities(actors.workerG2!, report(), NOW, false)).toEqual({
      verify: false, reopen: false, support: false, accept: true, start: false, escalate: true, resolve: false, moderate: false,
    });
  });

  it('offers the reporter verify once resolved, and a neighbour who already supported no second +1', () => {
    expect(abilities(actors.wang!, report({ status: 'resolved' }), NOW, false)).toMatchObject({ verify: true, support: false, accept: false });
    expect(abilities(actors.li!, report({ status: 'resolved' }), NOW, true)).toMatchObject({ verify: false, support: false });
  });

  it('does not offer escalation above the street', () => {
    expect(abilities(actors.street!, report({ level: 'street' }), NOW, false)).toMatchObject({ accept: true, escalate: false });
  });
});
