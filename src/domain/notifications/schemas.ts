// Input of the subscription actions: the template ids a person accepted in WeChat's subscription request.
import * as v from 'valibot';

/** WeChat's request offers at most three templates at a time. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

const templateId = v.pipe(v.string(), v.trim(), v.minLength(1, '必填'), v.maxLength(128, '过长'));

export const SubscribeInput = v.object({
  accepted: v.pipe(v.array(templateId), v.maxLength(MAX_TEMPLATES_PER_REQUEST, '过长')),
});
