// WeChat judges images asynchronously (mediaCheckAsync) and pushes the verdict later as a `wxa_media_check`
// event. The verdict lands on the photo in its report; until it passes, nobody but the reporter is shown it.
import type { Report, ReportPhoto } from '../../../src/domain/reports/types';
import type { Ports } from '../../ports';
import type { MediaCheckDoc } from './content';

export type MediaVerdict = 'pass' | 'reject';

/**
 * Records a verdict: answers whether the trace id was known. A verdict that arrives before its report is
 * written waits on the contentChecks document and is applied when the report is.
 */
export async function applyMediaVerdict(ports: Pick<Ports, 'store'>, traceId: string, verdict: MediaVerdict): Promise<boolean> {
  return ports.store.transaction(async (tx) => {
    const check = await tx.get<MediaCheckDoc>('contentChecks', traceId);
    if (!check) return false;
    if (!check.reportId || !check.field) {
      await tx.update('contentChecks', traceId, { status: verdict });
      return true;
    }
    const report = await tx.get<Report>('reports', check.reportId);
    const field = check.field;
    if (report) {
      const photos: ReportPhoto[] = report[field].map((photo) =>
        photo.fileId === check.fileId && photo.verdict === 'pending' ? { ...photo, verdict } : photo,
      );
      await tx.update('reports', report.id, { [field]: photos });
    }
    await tx.remove('contentChecks', traceId);
    return true;
  });
}

/**
 * The verdict carried by WeChat's message push, or null for any other event. `review` (uncertain) counts as a
 * refusal for images: a photo shown to the whole community must have passed.
 */
export function mediaVerdictOf(event: unknown): { traceId: string; verdict: MediaVerdict } | null {
  if (typeof event !== 'object' || event === null) return null;
  const push = event as { Event?: unknown; trace_id?: unknown; result?: { suggest?: unknown } };
  if (push.Event !== 'wxa_media_check' || typeof push.trace_id !== 'string' || push.trace_id === '') return null;
  const suggest = push.result?.suggest;
  if (suggest !== 'pass' && suggest !== 'risky' && suggest !== 'review') return null;
  return { traceId: push.trace_id, verdict: suggest === 'pass' ? 'pass' : 'reject' };
}
