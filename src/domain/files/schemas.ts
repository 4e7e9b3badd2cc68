// Inputs of file actions.
import * as v from 'valibot';
import { msg } from '../common/messages';

export const RegisterFileInput = v.object({
  fileId: v.pipe(v.string(), v.trim(), v.minLength(1, msg('field.required')), v.maxLength(300, msg('field.tooLong'))),
});
