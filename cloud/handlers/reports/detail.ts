// One case as its reader may see it: the public view plus the notes, counts and next steps meant for them.
import { abilities } from '../../../src/domain/reports/rules';
import type { ReportDetailView } from '../../../src/domain/reports/types';
import { seesHidden, loadReport } from './access';
import { supportIdsOf } from './support';
import type { ActionHandler } from '../context';
import { publicViews } from './views';

export const reportDetail: ActionHandler<'reports.detail'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const report = await loadReport(store, actor, input.reportId);
  const now = ctx.clock.now();
  const mine = report.reporterId === actor.userId;
  const involved = mine || seesHidden(actor);
  const [view] = await publicViews({ store, files: ctx.files, now }, [report], () => (involved ? 'involved' : 'public'));
  const supportedByMe = (await supportIdsOf(store, [report.id], actor.userId)).has(report.id);
  const detail: ReportDetailView = {
    ...view!,
    mine,
    supportedByMe,
    pendingPhotoCount: mine ? [...report.photos, ...report.afterPhotos].filter((photo) => photo.verdict === 'pending').length : 0,
    resolutionNote: report.resolutionNote ?? null,
    rejections: report.rejections,
    flagged: report.flagged,
    hidden: report.hidden,
    filedOnBehalf: !!report.filedBy,
    can: abilities(actor, report, now, supportedByMe),
  };
  return detail;
};
