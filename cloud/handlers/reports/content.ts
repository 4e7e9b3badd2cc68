// Content security for report text and photos: text must pass outright; a photo may pass, be refused, or wait
// for WeChat's asynchronous verdict (then it is stored 'pending' and a contentChecks document remembers where).
import type { PhotoVerdict, ReportPhoto } from '../../../src/domain/reports/types';
import type { StoreTx } from '../../ports/store';
import type { HandlerContext } from '../context';
import { ActionError } from '../errors';

export const TEXT_REJECTED = '文字中含有不适宜发布的内容，请修改后再提交';
export const PHOTO_REJECTED = '照片未通过内容安全检测，请更换后再提交';

/** Which photo list of a report a pending verdict belongs to. */
export type PhotoField = 'photos' | 'afterPhotos';

/** A pending asynchronous image verdict: id = WeChat's trace id. */
export interface MediaCheckDoc {
  id: string;
  fileId: string;
  reportId?: string;
  field?: PhotoField;
  /** 'pending' until the verdict arrives; a verdict that arrives before the report is written waits here. */
  status?: PhotoVerdict;
  createdAt?: number;
}

export async function assertCleanText(ctx: HandlerContext, ...texts: string[]): Promise<void> {
  const verdict = await ctx.contentCheck.checkText(texts.join('\n'), { openid: ctx.openid });
  if (verdict === 'reject') throw new ActionError('CONTENT_REJECTED', TEXT_REJECTED, { reason: 'text_rejected' });
}

export interface CheckedPhotos {
  photos: ReportPhoto[];
  pending: Array<{ traceId: string; fileId: string }>;
}

/** Photos must exist, belong to the caller, and not be refused by the image check. */
export async function checkPhotos(ctx: HandlerContext, fileIds: readonly string[], field: string): Promise<CheckedPhotos> {
  const unique = [...new Set(fileIds)];
  for (const fileId of unique) {
    const file = await ctx.files.describe(fileId);
    if (!file) throw new ActionError('INVALID_INPUT', '照片不存在，请重新上传', { fields: { [field]: '照片不存在，请重新上传' } });
    if (file.ownerId !== ctx.actor.userId) throw new ActionError('FORBIDDEN', '只能使用自己拍摄上传的照片');
  }
  const photos: ReportPhoto[] = [];
  const pending: CheckedPhotos['pending'] = [];
  for (const fileId of unique) {
    const { verdict, traceId } = await ctx.contentCheck.checkImage(fileId, { openid: ctx.openid });
    if (verdict === 'reject') throw new ActionError('CONTENT_REJECTED', PHOTO_REJECTED, { reason: 'photo_rejected' });
    if (verdict === 'pending') {
      if (!traceId) throw new Error('a pending image verdict needs a trace id');
      pending.push({ traceId, fileId });
    }
    photos.push({ fileId, verdict });
  }
  return { photos, pending };
}

/**
 * Inside the transaction that writes the report: ties each pending verdict to the report, or applies a
 * verdict that already arrived. Answers the photos as they must be stored.
 */
export async function linkPendingChecks(
  tx: StoreTx,
  target: { reportId: string; field: PhotoField; now: number },
  checked: CheckedPhotos,
): Promise<ReportPhoto[]> {
  const photos = checked.photos.map((photo) => ({ ...photo }));
  for (const { traceId, fileId } of checked.pending) {
    const existing = await tx.get<MediaCheckDoc>('contentChecks', traceId);
    if (existing?.status === 'pass' || existing?.status === 'reject') {
      for (const photo of photos) if (photo.fileId === fileId) photo.verdict = existing.status;
      await tx.remove('contentChecks', traceId);
    } else if (existing) {
      await tx.update('contentChecks', traceId, { reportId: target.reportId, field: target.field });
    } else {
      const doc: MediaCheckDoc = { id: traceId, fileId, reportId: target.reportId, field: target.field, status: 'pending', createdAt: target.now };
      await tx.insert('contentChecks', doc);
    }
  }
  return photos;
}
