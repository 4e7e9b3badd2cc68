// "Me too" (+1): once per person, held by storage — the support document's id is `${reportId}:${userId}`, inserted
// in the same transaction as the count's increment, so racing requests from one person count once.
import { canSupport } from '../../../src/domain/reports/rules';
import { OPEN_STATUSES } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import type { Store } from '../../ports';
import { DuplicateIdError } from '../../ports/store';
import { conflict, forbidden } from '../errors';
import { loadReport } from './access';
import type { ActionHandler } from '../context';

export interface ReportSupport {
  id: string;
  reportId: string;
  userId: string;
  createdAt: number;
}

export const supportId = (reportId: string, userId: string): string => `${reportId}:${userId}`;


/** Which of these cases the person has already supported. */
export async function supportIdsOf(store: Store, reportIds: readonly string[], userId: string): Promise<Set<string>> {
  if (!reportIds.length) return new Set();
  const found = await store.find<ReportSupport>('reportSupports', { id: { $in: reportIds.map((id) => supportId(id, userId)) } });
  return new Set(found.map((support) => support.reportId));
}

export const supportReport: ActionHandler<'reports.support'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const report = await loadReport(store, actor, input.reportId);
  if (report.reporterId === actor.userId) throw forbidden('report.ownSupport');
  if (!OPEN_STATUSES.includes(report.status)) throw conflict('report.notOpen');
  if (report.hidden || !canSupport(actor, report)) throw forbidden('report.cannotSupport');

  const support: ReportSupport = { id: supportId(report.id, actor.userId), reportId: report.id, userId: actor.userId, createdAt: ctx.clock.now() };
  try {
    await store.transaction(async (tx) => {
      await tx.insert('reportSupports', support);
      const counted = await tx.increment('reports', report.id, 'supportCount', 1, { status: { $in: [...OPEN_STATUSES] } });
      if (!counted) throw conflict('report.notOpen');
    });
  } catch (error) {
    if (error instanceof DuplicateIdError) throw conflict('report.alreadySupported');
    throw error;
  }
  const after = await store.get<Report>('reports', report.id);
  return { supportCount: after?.supportCount ?? report.supportCount + 1 };
};
