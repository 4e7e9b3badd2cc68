// Inputs of the inbox and subscription actions.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { PageCursor } from '../common/page';
import { id } from '../common/schemas';

/** WeChat's request offers at most three templates at a time. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

const templateId = v.pipe(v.string(), v.trim(), v.minLength(1, msg('field.required')), v.maxLength(128, msg('field.tooLong')));

export const SubscribeInput = v.object({
  accepted: v.pipe(v.array(templateId), v.maxLength(MAX_TEMPLATES_PER_REQUEST, msg('field.tooLong'))),
});

export const InboxInput = v.optional(v.object({ before: v.optional(PageCursor) }), {});

/** Some notices by id, or every unread one. */
export const MarkReadInput = v.union([
  v.object({ ids: v.pipe(v.array(id), v.minLength(1, msg('field.required')), v.maxLength(100, msg('field.tooLong'))) }),
  v.object({ all: v.literal(true) }),
]);
