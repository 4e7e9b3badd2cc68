// Inputs of notice actions; the same schemas validate the publish form on the client.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { id, PageInput, timestamp } from '../common/schemas';
import { AudienceInput } from '../common/scope';
import { NOTICE_CATEGORY_KEYS } from './categories';

export { PageInput };

export const TITLE_MAX = 40;
export const BODY_MAX = 3000;
export const IMAGES_MAX = 9;

export const NoticeCategoryInput = v.picklist(NOTICE_CATEGORY_KEYS, msg('notice.pickCategory'));

/** The body as typed: one paragraph per non-empty line. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const title = v.pipe(v.string(), v.trim(), v.minLength(1, msg('notice.titleRequired')), v.maxLength(TITLE_MAX, msg('field.maxChars', { max: TITLE_MAX })));
const body = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, msg('notice.bodyRequired')),
  v.maxLength(BODY_MAX, msg('field.maxChars', { max: BODY_MAX })),
  v.transform(paragraphsOf),
);
const imageIds = v.optional(v.pipe(v.array(id), v.maxLength(IMAGES_MAX, msg('field.maxPhotos', { max: IMAGES_MAX }))), []);
const expiresAt = v.optional(v.nullable(timestamp), null);

export const PublishNoticeInput = v.object({
  /** The street office names which of its communities; the committee publishes in its own (the default). */
  communityId: v.optional(id),
  category: NoticeCategoryInput,
  title,
  body,
  imageIds,
  audience: AudienceInput,
  pinned: v.optional(v.boolean(), false),
  important: v.optional(v.boolean(), false),
  /** Omitted: now. */
  publishAt: v.optional(timestamp),
  expiresAt,
});

/** `version` is the one the editor saw: an edit made meanwhile by someone else answers CONFLICT. */
export const EditNoticeInput = v.object({
  noticeId: id,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title,
  body,
  imageIds,
  pinned: v.optional(v.boolean(), false),
  expiresAt,
});

export const NoticeIdInput = v.object({ noticeId: id });

export const UnreadHouseholdsInput = v.object({ noticeId: id, buildingId: id });
