// Editing a notice. The version rule (rules.ts): a change to what readers read makes a new version and keeps the
// earlier content as a NoticeVersion, in the same transaction that changes the notice and only if nobody edited it
// meanwhile; pin and expiry change in place. Audience and category stay: to address others, publish anew.
import { changesContent, expiryFits } from '../../../src/domain/notices/rules';
import type { Notice, NoticePhoto, NoticeVersion } from '../../../src/domain/notices/types';
import { assertCleanText, checkPhotos, linkPendingChecks, type CheckedPhotos } from '../../kit/content';
import type { ActionHandler } from '../context';
import { conflict, invalidField } from '../errors';
import { loadOverseen } from './access';
import { feedRowsOf } from './feedRows';

export const versionId = (noticeId: string, version: number): string => `${noticeId}:v${version}`;

export const editNotice: ActionHandler<'notices.edit'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const notice = await loadOverseen(ctx, input.noticeId);
  if (notice.status !== 'published') throw conflict('notice.withdrawnNoEdit');
  if (notice.version !== input.version) throw conflict('notice.stale');
  if (!expiryFits(notice, input.expiresAt)) throw invalidField('expiresAt', 'notice.expiresBeforePublish');

  const edit = { title: input.title, body: input.body, imageIds: [...new Set(input.imageIds)] };
  const newContent = changesContent(notice, edit);
  const kept = new Map(notice.images.map((image) => [image.fileId, image]));
  let checked: CheckedPhotos = { photos: [], pending: [] };
  if (newContent) {
    await assertCleanText(ctx, edit.title, ...edit.body);
    checked = await checkPhotos(ctx, edit.imageIds.filter((fileId) => !kept.has(fileId)), 'imageIds');
  }

  const now = ctx.clock.now();
  const version = newContent ? notice.version + 1 : notice.version;
  const settings = { pinned: input.pinned, expiresAt: input.expiresAt };
  await store.transaction(async (tx) => {
    let patch: Partial<Notice> = { ...settings, updatedAt: now };
    if (newContent) {
      const added = new Map((await linkPendingChecks(tx, { collection: 'notices', docId: notice.id, field: 'images', now }, checked)).map((image) => [image.fileId, image]));
      const images = edit.imageIds.map((fileId) => kept.get(fileId) ?? added.get(fileId)).filter((image): image is NoticePhoto => !!image);
      patch = { ...patch, title: edit.title, body: edit.body, images, version, editedAt: now };
    }
    if (!(await tx.update('notices', notice.id, patch, { version: notice.version, status: 'published' }))) throw conflict('notice.stale');
    if (newContent) {
      const earlier: NoticeVersion = {
        id: versionId(notice.id, notice.version),
        noticeId: notice.id,
        communityId: notice.communityId,
        version: notice.version,
        title: notice.title,
        body: notice.body,
        images: notice.images,
        since: notice.editedAt ?? notice.publishAt,
        replacedAt: now,
        editorId: actor.userId,
      };
      await tx.insert('noticeVersions', earlier);
    }
    for (const row of feedRowsOf({ ...notice, ...settings })) await tx.update('noticeFeed', row.id, { pinned: row.pinned, until: row.until });
  });
  return { id: notice.id, version };
};
