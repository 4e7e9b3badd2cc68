// The seeded 随手拍 cases are consistent with the rules, so the demo's lists and queues tell a true story.
import { demoData } from '../../cloud/seed/demo';
import { distanceMeters } from '../../src/domain/geo';
import { filingEntryOf, storesFiling } from '../../src/domain/reports/filing';
import { routeToGrid } from '../../src/domain/reports/rules';
import { NEARBY_METERS, OPEN_STATUSES, shouldFlag } from '../../src/domain/reports/status';

const NOW = Date.parse('2026-11-20T09:00:00+08:00');
const data = demoData(NOW);

describe('the seeded reports', () => {
  it('cover the statuses and levels a demo needs', () => {
    const statuses = new Set(data.reports.map((report) => report.status));
    for (const status of ['submitted', 'accepted', 'in_progress', 'resolved', 'closed'] as const) expect(statuses).toContain(status);
    const levels = new Set(data.reports.map((report) => report.level));
    expect([...levels].sort()).toEqual(['community', 'grid', 'street']);
    expect(data.reports.some((report) => report.gridId === null)).toBe(true);
    expect(data.reports.some((report) => report.filedBy)).toBe(true);
    expect(data.reports.some((report) => report.flagged)).toBe(true);
    expect(data.reports.some((report) => report.communityId === 'c-heping')).toBe(true);
  });

  it('sit in the grid their spot routes to, carry their filing, and end their timelines in their status', () => {
    for (const report of data.reports) {
      const grids = data.grids.filter((grid) => grid.communityId === report.communityId);
      expect(routeToGrid(report, grids)).toBe(report.gridId);
      const events = data.reportEvents.filter((event) => event.reportId === report.id).sort((a, b) => a.id.localeCompare(b.id));
      expect(storesFiling(report, events)).toBe(false);
      expect(events.every((event) => event.at > report.createdAt)).toBe(true);
      const timeline = [filingEntryOf(report), ...events];
      expect(timeline[0]).toMatchObject({ kind: 'submitted', at: report.createdAt, actorRole: report.filedBy ? 'grid_worker' : 'resident' });
      expect(timeline.at(-1)!.status).toBe(report.status);
      expect(report.flagged).toBe(shouldFlag(report.rejections));
      expect(report.rejections).toBe(events.filter((event) => event.kind === 'rejected').length);
      expect(report.supportCount).toBe(data.reportSupports.filter((support) => support.reportId === report.id).length);
    }
  });

  it('leave the E2E spot beside 5栋 free of open clutter, so only the story’s own case is offered there', () => {
    const spot = { lat: 30.66, lng: 104.0815 };
    const near = data.reports.filter((report) => report.category === 'clutter' && OPEN_STATUSES.includes(report.status) && distanceMeters(spot, report) <= NEARBY_METERS * 2);
    expect(near).toEqual([]);
  });
});
