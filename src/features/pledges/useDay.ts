// A date in the reader's language.
import { useCallback } from 'react';
import dayjs from 'dayjs';
import { useLocale } from '@/services/i18n';

export function useDay(): (at: number) => string {
  const locale = useLocale();
  return useCallback((at: number) => dayjs(at).format(locale === 'en-US' ? 'MMM D, YYYY' : 'YYYY-MM-DD'), [locale]);
}
