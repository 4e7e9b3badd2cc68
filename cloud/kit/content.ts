// Content security for any feature's text and photos: text must pass outright; a photo may pass, be refused, or
// wait for WeChat's asynchronous verdict. A pending verdict is remembered with its target {collection, docId,
// field}, and the verdict push lands on that record's photo list, whichever feature it belongs to.
import type { HandlerContext } from '../handlers/context';
import { ActionError } from '../handlers/errors';
import type { Files, Ports } from '../ports';
import { isPhotoField } from '../ports/collections';
import type { StoreTx } from '../ports/store';

export type PhotoVerdict = 'pass' | 'pending' | 'reject';

/** How every feature stores a photo: its file and its content-security verdict. */
export interface Photo {
  fileId: string;
  verdict: PhotoVerdict;
}

/** Where a photo list lives: the record and its field (declared in collections.ts as a photo field). */
export interface PhotoTarget {
  collection: string;
  docId: string;
  field: string;
}

/** A pending asynchronous image verdict: id = WeChat's trace id. */
export interface MediaCheckDoc extends Partial<PhotoTarget> {
  id: string;
  fileId: string;
  /** 'pending' until the verdict arrives; a verdict that arrives before the record is written waits here. */
  status?: PhotoVerdict;
  createdAt?: number;
}

export async function assertCleanText(ctx: Pick<HandlerContext, 'contentCheck' | 'openid'>, ...texts: string[]): Promise<void> {
  const joined = texts.filter(Boolean).join('\n');
  if (!joined) return;
  const verdict = await ctx.contentCheck.checkText(joined, { openid: ctx.openid });
  if (verdict === 'reject') throw new ActionError('CONTENT_REJECTED', 'common.textRejected');
}

export interface CheckedPhotos {
  photos: Photo[];
  pending: Array<{ traceId: string; fileId: string }>;
}

/** Photos must exist, belong to the caller, and not be refused by the image check. */
export async function checkPhotos(ctx: Pick<HandlerContext, 'files' | 'contentCheck' | 'actor' | 'openid'>, fileIds: readonly string[], field: string): Promise<CheckedPhotos> {
  const unique = [...new Set(fileIds)];
  for (const fileId of unique) {
    const file = await ctx.files.describe(fileId);
    if (!file) throw new ActionError('INVALID_INPUT', 'common.photoMissing', { fields: { [field]: 'common.photoMissing' } });
    if (file.ownerId !== ctx.actor.userId) throw new ActionError('FORBIDDEN', 'common.photoNotYours');
  }
  const photos: Photo[] = [];
  const pending: CheckedPhotos['pending'] = [];
  for (const fileId of unique) {
    const { verdict, traceId } = await ctx.contentCheck.checkImage(fileId, { openid: ctx.openid });
    if (verdict === 'reject') throw new ActionError('CONTENT_REJECTED', 'common.photoRejected');
    if (verdict === 'pending') {
      if (!traceId) throw new Error('a pending image verdict needs a trace id');
      pending.push({ traceId, fileId });
    }
    photos.push({ fileId, verdict });
  }
  return { photos, pending };
}

/**
 * Inside the transaction that writes the record: ties each pending verdict to its target, or applies a verdict
 * that already arrived. Answers the photos as they must be stored.
 */
export async function linkPendingChecks(tx: StoreTx, target: PhotoTarget & { now: number }, checked: CheckedPhotos): Promise<Photo[]> {
  if (!isPhotoField(target.collection, target.field)) throw new Error(`${target.collection}.${target.field} is not a declared photo field`);
  const photos = checked.photos.map((photo) => ({ ...photo }));
  const where: PhotoTarget = { collection: target.collection, docId: target.docId, field: target.field };
  // A photo a record took on is kept; uploads nothing took on are swept after a day (cloud/jobs.ts).
  for (const photo of photos) await tx.update('files', photo.fileId, { attachedTo: `${target.collection}/${target.docId}` });
  for (const { traceId, fileId } of checked.pending) {
    const existing = await tx.get<MediaCheckDoc>('contentChecks', traceId);
    if (existing?.status === 'pass' || existing?.status === 'reject') {
      for (const photo of photos) if (photo.fileId === fileId) photo.verdict = existing.status;
      await tx.remove('contentChecks', traceId);
    } else if (existing) {
      await tx.update('contentChecks', traceId, { ...where });
    } else {
      const doc: MediaCheckDoc = { id: traceId, fileId, ...where, status: 'pending', createdAt: target.now };
      await tx.insert('contentChecks', doc);
    }
  }
  return photos;
}

export type MediaVerdict = 'pass' | 'reject';

/**
 * Records a verdict: answers whether the trace id was known. A verdict that arrives before its record is
 * written waits on the contentChecks document and is applied when the record is.
 */
export async function applyMediaVerdict(ports: Pick<Ports, 'store'>, traceId: string, verdict: MediaVerdict): Promise<boolean> {
  return ports.store.transaction(async (tx) => {
    const check = await tx.get<MediaCheckDoc>('contentChecks', traceId);
    if (!check) return false;
    const { collection, docId, field } = check;
    if (!collection || !docId || !field) {
      await tx.update('contentChecks', traceId, { status: verdict });
      return true;
    }
    if (isPhotoField(collection, field)) {
      const record = await tx.get<{ id: string } & Record<string, unknown>>(collection, docId);
      const list = record?.[field];
      if (record && Array.isArray(list)) {
        const photos = (list as Photo[]).map((photo) => (photo.fileId === check.fileId && photo.verdict === 'pending' ? { ...photo, verdict } : photo));
        await tx.update(collection, docId, { [field]: photos });
      }
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

/** Only photos that passed, e.g. for the public. */
export const passedIds = (photos: readonly Photo[]): string[] => photos.filter((photo) => photo.verdict === 'pass').map((photo) => photo.fileId);

/** Display addresses for many file ids in one call of the Files port. */
export async function urlsOf(files: Pick<Files, 'urls'>, fileIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileIds)];
  if (!unique.length) return new Map();
  const urls = await files.urls(unique);
  return new Map(unique.map((fileId, index) => [fileId, urls[index] ?? '']));
}
