// One notice as its reader sees it, with its earlier versions when it was edited; opening it records the read.
import { noticeAbilities } from '../../../src/domain/notices/rules';
import type { NoticeDetailView, NoticeVersion } from '../../../src/domain/notices/types';
import { passedIds, urlsOf } from '../../kit/content';
import type { ActionHandler } from '../context';
import { loadReadable } from './access';
import { recordRead } from './reads';
import { noticeRows } from './views';

export const noticeDetail: ActionHandler<'notices.detail'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const { notice } = await loadReadable(ctx, input.noticeId);
  const now = ctx.clock.now();
  await recordRead(store, notice, actor, now);

  const [[row], versions] = await Promise.all([
    noticeRows({ store, files: ctx.files, now, userId: actor.userId }, [notice]),
    notice.version > 1 ? store.find<NoticeVersion>('noticeVersions', { noticeId: notice.id }, { orderBy: [['version', 'desc']] }) : [],
  ]);
  const can = noticeAbilities(actor, notice);
  const editable = can.edit ? notice.images.filter((image) => image.verdict !== 'reject').map((image) => image.fileId) : [];
  const urls = await urlsOf(ctx.files, [...[notice, ...versions].flatMap((content) => passedIds(content.images)), ...editable]);
  const shown = (images: NoticeVersion['images']): string[] => passedIds(images).map((fileId) => urls.get(fileId) ?? '');
  const detail: NoticeDetailView = {
    ...row!,
    body: notice.body,
    imageUrls: shown(notice.images),
    pendingImageCount: can.edit ? notice.images.filter((image) => image.verdict === 'pending').length : 0,
    version: notice.version,
    history: versions.map((earlier) => ({
      version: earlier.version,
      title: earlier.title,
      body: earlier.body,
      imageUrls: shown(earlier.images),
      since: earlier.since,
      replacedAt: earlier.replacedAt,
    })),
    editedAt: notice.editedAt ?? null,
    can,
    editImages: editable.map((fileId) => ({ fileId, previewUrl: urls.get(fileId) ?? '' })),
  };
  return detail;
};
