// The demo's verified acts, derived from what the other seeds say happened (a reporter's confirmation, a verified
// care log), the way the handlers record them, so the pledge walls' 践诺 agrees with the cases and trees shown.
import type { Member } from '../../src/domain/membership/types';
import type { Report, ReportEvent } from '../../src/domain/reports/types';
import type { CareLog, Tree } from '../../src/domain/trees/types';
import { actId, type ActDoc } from '../kit/acts';
import { treeLink } from '../handlers/trees/links';
import { reportLink } from '../handlers/reports/notify';

export interface DemoActsInput {
  reports: readonly Report[];
  reportEvents: readonly ReportEvent[];
  careLogs: readonly CareLog[];
  trees: readonly Tree[];
  members: readonly Member[];
}

export function demoActs({ reports, reportEvents, careLogs, trees, members }: DemoActsInput): { acts: ActDoc[] } {
  const households = new Map(members.map((member) => [member.userId, member.householdId ?? null]));
  const acts: ActDoc[] = [];
  for (const event of reportEvents.filter((candidate) => candidate.kind === 'confirmed')) {
    const report = reports.find((candidate) => candidate.id === event.reportId);
    if (!report || report.filedBy) continue;
    acts.push({
      id: actId('report.confirmed', report.id), communityId: report.communityId, userId: report.reporterId, householdId: households.get(report.reporterId) ?? null,
      kind: 'report.confirmed', params: { category: `@category.${report.category}` }, link: reportLink(report.id), at: event.at,
    });
  }
  for (const log of careLogs.filter((candidate) => candidate.verification === 'verified' && candidate.authorRole !== 'staff')) {
    const tree = trees.find((candidate) => candidate.id === log.treeId);
    if (!tree) continue;
    acts.push({
      id: actId('care.verified', log.id), communityId: log.communityId, userId: log.authorId, householdId: log.householdId,
      kind: 'care.verified', params: { species: `@species.${tree.species}`, act: `@care.${log.act}` }, link: treeLink(tree.id), at: log.verifiedAt ?? log.createdAt,
    });
  }
  return { acts };
}
