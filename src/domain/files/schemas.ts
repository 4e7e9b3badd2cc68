// Inputs of file actions.
import * as v from 'valibot';

export const RegisterFileInput = v.object({
  fileId: v.pipe(v.string(), v.trim(), v.minLength(1, '必填'), v.maxLength(300, '过长')),
});
