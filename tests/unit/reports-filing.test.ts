// A case's record carries its filing: the first timeline entry is told from it, and a stored first event from
// before is recognised so the timeline shows it once.
import { filingEntryOf, storesFiling } from '../../src/domain/reports/filing';
import { newReport } from '../../src/domain/reports/newReport';
import type { Report, ReportEvent } from '../../src/domain/reports/types';

const T0 = Date.parse('2026-11-20T09:00:00+08:00');

const filed = (extra: Partial<Report> = {}): Report => ({
  ...newReport({
    id: 'r_1', communityId: 'c-1', streetId: 's-1', gridId: 'g-1', category: 'clutter', description: '楼道堆物', photos: [],
    lat: 30.66, lng: 104.08, address: '5栋东侧', reporterId: 'u_1', reporterRole: 'resident', showName: false, now: T0,
  }),
  ...extra,
});

const event = (kind: ReportEvent['kind'], status: ReportEvent['status'], at: number, id = `r_1:${at}`): ReportEvent => ({
  id, reportId: 'r_1', kind, status, actorId: 'u_1', actorRole: 'resident', at,
});

describe('the filing entry of a case', () => {
  it('is a resident’s submission at the time of filing', () => {
    expect(filingEntryOf(filed())).toEqual({ kind: 'submitted', status: 'submitted', actorRole: 'resident', at: T0 });
  });

  it('names the role the reporter filed in', () => {
    expect(filingEntryOf(filed({ reporterRole: 'committee' })).actorRole).toBe('committee');
  });

  it('carries the 代办 note of a case a grid worker filed for a resident', () => {
    const entry = filingEntryOf(filed({ reporterRole: 'grid_worker', filedBy: { userId: 'u_2', onBehalfOf: '5栋 李奶奶' } }));
    expect(entry).toMatchObject({ kind: 'submitted', actorRole: 'grid_worker', note: '@report.noteOnBehalf?name=5%E6%A0%8B%20%E6%9D%8E%E5%A5%B6%E5%A5%B6' });
  });

  it('tells a reopened case’s return', () => {
    expect(filingEntryOf(filed({ reopenedFrom: 'r_0' }))).toMatchObject({ kind: 'reopened', status: 'submitted', note: '@report.noteReopened' });
  });

  it('stays a submission when it carries a 代办 name, so the name stays private', () => {
    const entry = filingEntryOf(filed({ reopenedFrom: 'r_0', filedBy: { userId: 'u_2', onBehalfOf: '李奶奶' } }));
    expect(entry.kind).toBe('submitted');
    expect(entry.note).toContain('noteOnBehalf');
  });

  it('falls back on the 代办 mark for records written without a role', () => {
    const { reporterRole: _role, ...withoutRole } = filed({ filedBy: { userId: 'u_2', onBehalfOf: '李奶奶' } });
    expect(filingEntryOf(withoutRole as Report).actorRole).toBe('grid_worker');
  });
});

describe('a stored filing from before the record carried it', () => {
  it('is found wherever it sorts among the events', () => {
    expect(storesFiling(filed(), [event('accepted', 'accepted', T0, 'r_1:a'), event('submitted', 'submitted', T0, 'r_1:z')])).toBe(true);
    expect(storesFiling(filed({ reopenedFrom: 'r_0' }), [event('reopened', 'submitted', T0)])).toBe(true);
  });

  it('is not a later event, nor the reopening recorded on the old case', () => {
    expect(storesFiling(filed(), [])).toBe(false);
    expect(storesFiling(filed(), [event('accepted', 'accepted', T0 + 1)])).toBe(false);
    expect(storesFiling(filed({ status: 'closed' }), [event('reopened', 'closed', T0 + 5)])).toBe(false);
  });
});
