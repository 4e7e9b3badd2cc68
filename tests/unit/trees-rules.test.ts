// The rules of 树木认养: terms end on their anniversary in China time, watering needs follow species and season,
// and who may adopt, care, renew and verify.
import { chinaDate, DAY_MS, isoDate } from '../../src/domain/common/days';
import type { Actor } from '../../src/domain/roles';
import { careIntervalDays, seasonOf, speciesNamed } from '../../src/domain/trees/species';
import {
  canAdopt,
  canRenew,
  canVerifyCare,
  careActsFor,
  careIsDue,
  isAdopted,
  opensCase,
  overdueDays,
  reminderId,
  termEnd,
  treeStatus,
} from '../../src/domain/trees/rules';
import type { Adoption, Tree } from '../../src/domain/trees/types';

const at = (iso: string): number => Date.parse(iso);
const resident: Actor = { userId: 'u-1', role: 'resident', communityId: 'c1', householdId: 'h-1', gridIds: [] };
const neighbour: Actor = { userId: 'u-2', role: 'resident', communityId: 'c1', householdId: 'h-2', gridIds: [] };
const housemate: Actor = { userId: 'u-3', role: 'resident', communityId: 'c1', householdId: 'h-1', gridIds: [] };
const worker: Actor = { userId: 'w-2', role: 'grid_worker', communityId: 'c1', gridIds: ['g-2'] };
const otherWorker: Actor = { userId: 'w-1', role: 'grid_worker', communityId: 'c1', gridIds: ['g-1'] };
const committee: Actor = { userId: 'k-1', role: 'committee', communityId: 'c1', gridIds: [] };

const tree = (overrides: Partial<Tree> = {}): Tree => ({
  id: 't1', communityId: 'c1', code: 'XFL-030', species: 'camphor', lat: 30.66, lng: 104.08, spot: '6栋北侧', gridId: 'g-2', beltId: null,
  plantedYear: 2010, photos: [], condition: 'healthy', heritage: false, adoptionId: null, adopterId: null, adopterKind: null,
  adopterHouseholdId: null, adopterName: null, adoptedUntil: 0, lastCareAt: null, caseId: null, createdAt: 0, updatedAt: 0, ...overrides,
});

const adoption = (overrides: Partial<Adoption> = {}): Adoption => ({
  id: 'a1', communityId: 'c1', treeId: 't1', adopterId: 'u-1', kind: 'person', householdId: null, showName: false,
  startsAt: at('2026-11-20T09:00:00+08:00'), endsAt: termEnd(at('2026-11-20T09:00:00+08:00')), renewals: 0, status: 'active',
  endedAt: null, lastCareAt: null, createdAt: 0, updatedAt: 0, ...overrides,
});

describe('termEnd', () => {
  it('ends a one-year term at midnight China time on the anniversary', () => {
    const ends = termEnd(at('2026-11-20T09:00:00+08:00'));
    expect(ends).toBe(at('2027-11-20T00:00:00+08:00'));
  });

  it('counts the China-time date, not the server clock’s: 23:30 in Beijing is still that day', () => {
    expect(termEnd(at('2026-03-31T23:30:00+08:00'))).toBe(at('2027-03-31T00:00:00+08:00'));
    expect(termEnd(at('2026-04-01T00:10:00+08:00'))).toBe(at('2027-04-01T00:00:00+08:00'));
  });

  it('moves a term begun on 29 February to 28 February of a common year', () => {
    expect(isoDate(chinaDate(termEnd(at('2028-02-29T10:00:00+08:00'))))).toBe('2029-02-28');
  });

  it('frees the tree from the first moment of the day the term ends, not a day later', () => {
    const adopted = tree({ adoptedUntil: at('2027-11-20T00:00:00+08:00') });
    expect(isAdopted(adopted, at('2027-11-19T23:59:59+08:00'))).toBe(true);
    expect(isAdopted(adopted, at('2027-11-20T00:00:00+08:00'))).toBe(false);
  });
});

describe('watering by species and season', () => {
  it('splits the year into the Sichuan seasons in China time', () => {
    expect(seasonOf(at('2026-02-28T23:00:00+08:00'))).toBe('winter');
    expect(seasonOf(at('2026-03-01T00:30:00+08:00'))).toBe('spring');
    expect(seasonOf(at('2026-07-15T12:00:00+08:00'))).toBe('summer');
    expect(seasonOf(at('2026-11-20T09:00:00+08:00'))).toBe('autumn');
  });

  it('asks more often in summer than in winter, and more of a banyan than of a ginkgo', () => {
    const summer = at('2026-07-15T12:00:00+08:00');
    const winter = at('2026-01-15T12:00:00+08:00');
    expect(careIntervalDays('camphor', summer)).toBe(3);
    expect(careIntervalDays('camphor', winter)).toBe(15);
    expect(careIntervalDays('banyan', summer)).toBeLessThan(careIntervalDays('ginkgo', summer));
  });

  it('is due once the season’s days have passed since the last care, counted in calendar days', () => {
    const watered = at('2026-07-10T20:00:00+08:00');
    expect(careIsDue('camphor', watered, at('2026-07-12T23:00:00+08:00'))).toBe(false);
    expect(careIsDue('camphor', watered, at('2026-07-13T07:00:00+08:00'))).toBe(true);
    expect(overdueDays('camphor', watered, at('2026-07-15T07:00:00+08:00'))).toBe(2);
  });

  it('reads species the way a sheet names them', () => {
    expect(speciesNamed('香樟')).toBe('camphor');
    expect(speciesNamed('London plane')).toBe('plane');
    expect(speciesNamed('ginkgo')).toBe('ginkgo');
    expect(speciesNamed('仙人掌')).toBeNull();
  });
});

describe('canAdopt', () => {
  const now = at('2026-11-20T09:00:00+08:00');

  it('lets a resident adopt a free tree, and one whose last term has run out', () => {
    expect(canAdopt(resident, tree(), 'person', now)).toEqual({ kind: 'ok' });
    expect(canAdopt(resident, tree({ adoptionId: 'a0', adoptedUntil: now - 1 }), 'person', now)).toEqual({ kind: 'ok' });
  });

  it('refuses a tree someone holds, a dead tree, and a household adoption without a household', () => {
    expect(canAdopt(resident, tree({ adoptedUntil: now + DAY_MS }), 'person', now)).toEqual({ kind: 'taken' });
    expect(canAdopt(resident, tree({ condition: 'dead' }), 'person', now)).toEqual({ kind: 'dead' });
    expect(canAdopt({ ...resident, householdId: undefined }, tree(), 'household', now)).toEqual({ kind: 'no_household' });
  });

  it('treats another community’s tree as unknown', () => {
    expect(canAdopt({ ...resident, communityId: 'c2' }, tree(), 'person', now)).toEqual({ kind: 'not_member' });
  });

  it('colours the marker: attention before adopted before free', () => {
    expect(treeStatus(tree(), now)).toBe('free');
    expect(treeStatus(tree({ adoptedUntil: now + 1 }), now)).toBe('adopted');
    expect(treeStatus(tree({ adoptedUntil: now + 1, condition: 'pest' }), now)).toBe('attention');
  });
});

describe('careActsFor', () => {
  const now = at('2026-12-01T09:00:00+08:00');
  const live = adoption();
  const household = adoption({ kind: 'household', householdId: 'h-1' });

  it('gives the adopter every act, and a household adoption to everyone of that household', () => {
    expect(careActsFor(resident, tree(), live, now)).toHaveLength(6);
    expect(careActsFor(housemate, tree(), household, now)).toHaveLength(6);
    expect(careActsFor(housemate, tree(), live, now)).toEqual(['sickness']);
  });

  it('lets any neighbour report sickness, and the tree’s own grid worker and the committee care for it', () => {
    expect(careActsFor(neighbour, tree(), live, now)).toEqual(['sickness']);
    expect(careActsFor(worker, tree(), null, now)).toHaveLength(6);
    expect(careActsFor(otherWorker, tree(), null, now)).toEqual(['sickness']);
    expect(careActsFor(committee, tree(), null, now)).toHaveLength(6);
  });

  it('takes the acts away once the term has run out', () => {
    expect(careActsFor(resident, tree(), live, live.endsAt)).toEqual(['sickness']);
  });
});

describe('canRenew', () => {
  const live = adoption();

  it('opens renewal in the last 60 days of the term', () => {
    expect(canRenew(resident, live, live.endsAt - 61 * DAY_MS)).toMatchObject({ kind: 'too_early' });
    expect(canRenew(resident, live, live.endsAt - 59 * DAY_MS)).toEqual({ kind: 'ok' });
  });

  it('refuses someone else, and a term that has ended', () => {
    expect(canRenew(neighbour, live, live.endsAt - DAY_MS)).toEqual({ kind: 'not_adopter' });
    expect(canRenew(resident, live, live.endsAt)).toEqual({ kind: 'lapsed' });
    expect(canRenew(resident, { ...live, status: 'ended' }, live.endsAt - DAY_MS)).toEqual({ kind: 'lapsed' });
  });
});

describe('opensCase', () => {
  it('opens a 随手拍 case for sickness found, or a tree found diseased or dead', () => {
    expect(opensCase('sickness', null)).toBe(true);
    expect(opensCase('water', 'pest')).toBe(true);
    expect(opensCase('prune', 'dead')).toBe(true);
    expect(opensCase('water', 'attention')).toBe(false);
    expect(opensCase('water', null)).toBe(false);
  });
});

describe('canVerifyCare', () => {
  const pending = { authorId: 'u-1', verification: 'pending' as const };

  it('lets the committee and the tree’s grid worker verify a log once', () => {
    expect(canVerifyCare(worker, tree(), pending)).toEqual({ kind: 'ok' });
    expect(canVerifyCare(committee, tree(), pending)).toEqual({ kind: 'ok' });
    expect(canVerifyCare(worker, tree(), { ...pending, verification: 'verified' })).toEqual({ kind: 'already_decided' });
  });

  it('refuses another grid’s worker, a resident, and one’s own log', () => {
    expect(canVerifyCare(otherWorker, tree(), pending)).toEqual({ kind: 'not_staff' });
    expect(canVerifyCare(neighbour, tree(), pending)).toEqual({ kind: 'not_staff' });
    expect(canVerifyCare(worker, tree(), { ...pending, authorId: 'w-2' })).toEqual({ kind: 'own_log' });
  });
});

describe('reminderId', () => {
  it('names one gap in care: the same until the next care, different after it', () => {
    const gap = reminderId(adoption());
    expect(reminderId(adoption())).toBe(gap);
    expect(reminderId(adoption({ lastCareAt: 123 }))).not.toBe(gap);
  });
});
