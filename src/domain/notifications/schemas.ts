// Input of the subscription actions: the template ids a person accepted in WeChat's subscription request.
import * as v from 'valibot';
import { msg } from '../common/messages';

/** WeChat's request offers at most three templates at a time. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

const templateId = v.pipe(v.string(), v.trim(), v.minLength(1, msg('field.required')), v.maxLength(128, msg('field.tooLong')));

export const SubscribeInput = v.object({
  accepted: v.pipe(v.array(templateId), v.maxLength(MAX_TEMPLATES_PER_REQUEST, msg('field.tooLong'))),
});
