// Who hears about a case, and telling them: the inbox always, a subscription message on WeChat (the adapter's job).
import type { Community, Grid, Member } from '../../../src/domain/membership/types';
import { categoryOf } from '../../../src/domain/reports/categories';
import type { Report } from '../../../src/domain/reports/types';
import type { Notice, Store } from '../../ports';
import type { HandlerContext } from '../context';

export const reportLink = (reportId: string): string => `/features/reports/pages/detail/index?id=${encodeURIComponent(reportId)}`;

/** e.g. 乱堆乱放 · 5栋东侧绿化带 */
export const subjectOf = (report: Pick<Report, 'category' | 'address'>): string => `${categoryOf(report.category).zh} · ${report.address}`;

export async function dutyUsers(store: Store, communityId: string): Promise<string[]> {
  return (await store.get<Community>('communities', communityId))?.dutyUserIds ?? [];
}

export async function streetOfficers(store: Store, streetId: string): Promise<string[]> {
  const members = await store.find<Member>('members', { status: 'active', role: 'street', streetId });
  return members.map((member) => member.userId);
}

/** The people who handle the case at its level now; a grid without a worker falls back to the duty roster. */
export async function handlersOf(store: Store, report: Pick<Report, 'communityId' | 'streetId' | 'gridId' | 'level'>): Promise<string[]> {
  if (report.level === 'street') return streetOfficers(store, report.streetId);
  if (report.level === 'grid' && report.gridId) {
    const workers = (await store.get<Grid>('grids', report.gridId))?.workerIds ?? [];
    if (workers.length) return workers;
  }
  return dutyUsers(store, report.communityId);
}

/** Notifies each person once, never the caller themself. A failed notice never undoes the committed change. */
export async function notifyUsers(
  ctx: HandlerContext,
  userIds: ReadonlyArray<string | undefined>,
  notice: Omit<Notice, 'userId'>,
): Promise<void> {
  const recipients = [...new Set(userIds.filter((id): id is string => !!id && id !== ctx.actor.userId))];
  await Promise.allSettled(recipients.map((userId) => ctx.notifier.notify({ ...notice, userId })));
}

/** Tells the reporter their case moved on, linking to it. */
export async function tellReporter(ctx: HandlerContext, report: Report, kind: string, title: string): Promise<void> {
  await notifyUsers(ctx, [report.reporterId], { communityId: report.communityId, kind, title, body: subjectOf(report), link: reportLink(report.id) });
}
