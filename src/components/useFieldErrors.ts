// A form's field errors (field → message reference), each cleared as soon as the person changes that field.
import { useCallback, useState } from 'react';

export type FieldErrors = Record<string, string>;

export function useFieldErrors() {
  const [fields, setFields] = useState<FieldErrors>({});
  /** Wraps a field's setter: a change takes the field's error (or errors, e.g. lat and lng) off the screen. */
  const clearing = useCallback(
    <T>(names: string | string[], set: (value: T) => void) =>
      (value: T) => {
        set(value);
        const gone = typeof names === 'string' ? [names] : names;
        setFields((current) => (gone.some((name) => name in current) ? Object.fromEntries(Object.entries(current).filter(([name]) => !gone.includes(name))) : current));
      },
    [],
  );
  return { fields, setFields, clearing };
}
