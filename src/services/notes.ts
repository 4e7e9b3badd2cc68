// Notes stored with a record: '@key?params' is a message reference the server wrote (e.g. '@report.noteDuplicate'),
// anything else is a person's own words and is shown as typed.
import { useCallback } from 'react';
import { useServerMessage } from './i18n';

export const isReference = (note: string): boolean => note.startsWith('@');

/** Renders a stored note: a reference in the reader's language, people's words untouched. */
export function useNote(): (note: string) => string {
  const message = useServerMessage();
  return useCallback((note: string) => (isReference(note) ? message(note.slice(1)) : note), [message]);
}
