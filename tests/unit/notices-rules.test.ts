// Who sees a notice and when, and what an edit does: visibility by audience keys, scheduling and expiry,
// publishing rights, the version rule and which reads count towards 知晓率.
import { paragraphsOf } from '../../src/domain/notices/schemas';
import {
  canPublishIn,
  canRead,
  changesContent,
  countsTowardsReadRate,
  excerptOf,
  feedKeys,
  isExpired,
  isScheduled,
  OVERSEER_KEY,
  planSchedule,
  readerKeys,
} from '../../src/domain/notices/rules';
import type { Notice } from '../../src/domain/notices/types';
import type { Actor } from '../../src/domain/roles';

const NOW = Date.parse('2026-11-20T09:00:00+08:00');
const HOUR = 3_600_000;

const actors: Record<string, Actor> = {
  grid1Resident: { userId: 'u-zhao', role: 'resident', communityId: 'c-xingfuli', gridId: 'g-1', buildingId: 'b-3', householdId: 'h-3-1-101', gridIds: [] },
  grid2Resident: { userId: 'u-wang', role: 'resident', communityId: 'c-xingfuli', gridId: 'g-2', buildingId: 'b-5', householdId: 'h-5-2-501', gridIds: [] },
  workerG1: { userId: 'u-g1', role: 'grid_worker', communityId: 'c-xingfuli', gridIds: ['g-1'] },
  committee: { userId: 'u-chen', role: 'committee', communityId: 'c-xingfuli', gridIds: [] },
  street: { userId: 'u-huang', role: 'street', communityId: 'c-xingfuli', streetId: 'st-qingshi', gridIds: [] },
  hepingCommittee: { userId: 'u-ma', role: 'committee', communityId: 'c-heping', gridIds: [] },
};

const notice = (overrides: Partial<Notice> = {}): Notice => ({
  id: 'nt-1', communityId: 'c-xingfuli', streetId: 'st-qingshi', category: 'outage', title: '停水通知', body: ['本周六停水'], images: [],
  audience: { level: 'community' }, pinned: false, important: false, publishAt: NOW - HOUR, expiresAt: null, status: 'published',
  version: 1, authorId: 'u-chen', authorRole: 'committee', createdAt: NOW - HOUR, updatedAt: NOW - HOUR, ...overrides,
});

const readable = (actor: Actor, subject: Notice, buildingsOfGrids: string[] = []): boolean => canRead(subject, readerKeys(actor, buildingsOfGrids), NOW).kind === 'ok';

describe('canRead', () => {
  it('never shows a resident of grid 1 a notice addressed only to grid 2', () => {
    const grid2Only = notice({ audience: { level: 'grid', ids: ['g-2'] } });
    expect(readable(actors.grid1Resident, grid2Only)).toBe(false);
    expect(readable(actors.grid2Resident, grid2Only)).toBe(true);
  });

  it('shows a building notice to that building only', () => {
    const building3 = notice({ audience: { level: 'building', ids: ['b-3'] } });
    expect(readable(actors.grid1Resident, building3)).toBe(true);
    expect(readable(actors.grid2Resident, building3)).toBe(false);
  });

  it('shows a grid worker what reaches their grid and the buildings in it, not other grids', () => {
    expect(readable(actors.workerG1, notice({ audience: { level: 'grid', ids: ['g-1'] } }))).toBe(true);
    expect(readable(actors.workerG1, notice({ audience: { level: 'building', ids: ['b-3'] } }), ['b-1', 'b-2', 'b-3'])).toBe(true);
    expect(readable(actors.workerG1, notice({ audience: { level: 'grid', ids: ['g-2'] } }))).toBe(false);
  });

  it('hides a scheduled notice from residents until its time, but not from the committee', () => {
    const later = notice({ publishAt: NOW + HOUR });
    expect(readable(actors.grid1Resident, later)).toBe(false);
    expect(readable(actors.committee, later)).toBe(true);
    expect(canRead(later, readerKeys(actors.grid1Resident), NOW + HOUR).kind).toBe('ok');
  });

  it('hides a withdrawn notice from residents', () => {
    expect(readable(actors.grid1Resident, notice({ status: 'withdrawn' }))).toBe(false);
  });
});

describe('readerKeys and feedKeys', () => {
  it('lets overseers read by the key every notice is stored under, and residents never', () => {
    expect(readerKeys(actors.committee)).toEqual([OVERSEER_KEY]);
    expect(readerKeys(actors.street)).toEqual([OVERSEER_KEY]);
    expect(readerKeys(actors.grid1Resident)).not.toContain(OVERSEER_KEY);
    expect(feedKeys({ level: 'grid', ids: ['g-2'] })).toEqual(['grid:g-2', OVERSEER_KEY]);
  });
});

describe('planSchedule', () => {
  it('publishes now when no time is given, or a time already past', () => {
    expect(planSchedule({ expiresAt: null, important: false }, NOW)).toEqual({ kind: 'ok', schedule: { publishAt: NOW, expiresAt: null } });
    expect(planSchedule({ publishAt: NOW - HOUR, expiresAt: null, important: false }, NOW)).toMatchObject({ schedule: { publishAt: NOW } });
  });

  it('keeps a later time, and refuses an expiry that is not after it', () => {
    expect(planSchedule({ publishAt: NOW + HOUR, expiresAt: NOW + 2 * HOUR, important: false }, NOW)).toMatchObject({ schedule: { publishAt: NOW + HOUR } });
    expect(planSchedule({ publishAt: NOW + HOUR, expiresAt: NOW + HOUR, important: false }, NOW).kind).toBe('expires_before_publish');
    expect(planSchedule({ expiresAt: NOW - 1, important: false }, NOW).kind).toBe('expires_before_publish');
  });

  it('refuses to schedule an important notice, which is pushed when published', () => {
    expect(planSchedule({ publishAt: NOW + HOUR, expiresAt: null, important: true }, NOW).kind).toBe('important_is_immediate');
    expect(planSchedule({ expiresAt: null, important: true }, NOW).kind).toBe('ok');
  });
});

describe('isScheduled and isExpired', () => {
  it('counts the expiry moment itself as expired', () => {
    expect(isExpired(notice({ expiresAt: NOW }), NOW)).toBe(true);
    expect(isExpired(notice({ expiresAt: NOW + 1 }), NOW)).toBe(false);
    expect(isExpired(notice({ expiresAt: null }), NOW)).toBe(false);
    expect(isScheduled(notice({ publishAt: NOW }), NOW)).toBe(false);
  });
});

describe('canPublishIn', () => {
  const xingfuli = { id: 'c-xingfuli', streetId: 'st-qingshi' };
  const heping = { id: 'c-heping', streetId: 'st-qingshi' };
  it('lets the committee publish in its own community and the street office in any of its street', () => {
    expect(canPublishIn(actors.committee, xingfuli).kind).toBe('ok');
    expect(canPublishIn(actors.committee, heping).kind).toBe('not_your_community');
    expect(canPublishIn(actors.street, heping).kind).toBe('ok');
    expect(canPublishIn(actors.hepingCommittee, xingfuli).kind).toBe('not_your_community');
    expect(canPublishIn(actors.grid1Resident, xingfuli).kind).toBe('not_your_community');
  });
});

describe('changesContent (the version rule)', () => {
  const current = notice({ title: '公示', body: ['公示期7天'], images: [{ fileId: 'f1', verdict: 'pass' }] });
  it('makes a new version when the title, a paragraph or the images change, whatever the category', () => {
    expect(changesContent(current, { title: '公示', body: ['公示期10天'], imageIds: ['f1'] })).toBe(true);
    expect(changesContent(current, { title: '公示（更正）', body: ['公示期7天'], imageIds: ['f1'] })).toBe(true);
    expect(changesContent(current, { title: '公示', body: ['公示期7天'], imageIds: [] })).toBe(true);
    expect(changesContent(current, { title: '公示', body: ['公示期7天'], imageIds: ['f1', 'f2'] })).toBe(true);
  });

  it('makes none when only settings (pin, expiry) change', () => {
    expect(changesContent(current, { title: '公示', body: ['公示期7天'], imageIds: ['f1'] })).toBe(false);
  });

  it('tells paragraphs apart from one long line', () => {
    expect(changesContent(notice({ body: ['a', 'b'] }), { title: '停水通知', body: ['ab'], imageIds: [] })).toBe(true);
  });
});

describe('countsTowardsReadRate', () => {
  it('counts a resident of a household inside the audience, not staff nor outsiders', () => {
    const building3 = notice({ audience: { level: 'building', ids: ['b-3'] } });
    expect(countsTowardsReadRate(actors.grid1Resident, building3)).toBe(true);
    expect(countsTowardsReadRate(actors.grid2Resident, building3)).toBe(false);
    expect(countsTowardsReadRate(actors.committee, notice())).toBe(false);
    expect(countsTowardsReadRate({ ...actors.grid1Resident, householdId: undefined }, notice())).toBe(false);
  });
});

describe('paragraphsOf and excerptOf', () => {
  it('takes each non-empty line as a paragraph and clips the first for a list row', () => {
    expect(paragraphsOf(' 第一段 \n\n第二段\r\n')).toEqual(['第一段', '第二段']);
    expect(excerptOf(['一二三四五六'], 4)).toBe('一二三…');
    expect(excerptOf([])).toBe('');
  });
});
