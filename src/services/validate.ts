// Client-side form check with the very schema the cloud uses: field → first message.
import * as v from 'valibot';

export type Validation<T> = { ok: true; output: T } | { ok: false; fields: Record<string, string> };

export function validate<S extends v.GenericSchema>(schema: S, value: unknown): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, output: result.output };
  const fields: Record<string, string> = {};
  for (const issue of result.issues) {
    const key = v.getDotPath(issue) ?? 'root';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return { ok: false, fields };
}
