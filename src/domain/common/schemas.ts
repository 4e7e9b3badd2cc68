// The building blocks every feature's input schema is made of; their messages are references (see messages.ts).
import * as v from 'valibot';
import { msg } from './messages';
import { PageCursor } from './page';

export const id = v.pipe(v.string(), v.trim(), v.minLength(1, msg('field.required')), v.maxLength(80, msg('field.tooLong')));
export const NoInput = v.optional(v.object({}), {});

/** Trimmed text of 1..max characters; `required` names what is missing, e.g. 'report.describe'. */
export const text = (max: number, required = 'field.required') =>
  v.pipe(v.string(), v.trim(), v.minLength(1, msg(required)), v.maxLength(max, msg('field.maxChars', { max })));

/** Optional trimmed text of at most max characters, empty by default. */
export const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, msg('field.maxChars', { max }))), '');

export const PageInput = v.object({ before: v.optional(PageCursor) });

/** Uploaded photo ids: at least `min`, at most 9 (WeChat's picker limit). */
export const photoIds = (min: number, required = 'field.photoRequired') =>
  v.pipe(v.array(id), v.minLength(min, msg(required)), v.maxLength(9, msg('field.maxPhotos', { max: 9 })));

/** A time in milliseconds since the epoch. */
export const timestamp = v.pipe(v.number(msg('field.required')), v.integer(), v.minValue(0));
