// Species, conditions, care acts and dates in the reader's language, for every tree screen.
import { useCallback, useMemo } from 'react';
import dayjs from 'dayjs';
import type { SpeciesKey } from '@/domain/trees/species';
import type { CareAct, Condition, TreeStatus } from '@/domain/trees/types';
import { useLocale, useServerMessage } from '@/services/i18n';
import { useTreesT } from './messages';

export function useTreeLabels() {
  const words = useServerMessage();
  const t = useTreesT();
  const locale = useLocale();
  const species = useCallback((key: SpeciesKey) => words(`species.${key}`), [words]);
  const condition = useCallback((key: Condition) => words(`condition.${key}`), [words]);
  const act = useCallback((key: CareAct) => words(`care.${key}`), [words]);
  const status = useCallback((key: TreeStatus) => t(`status.${key}`), [t]);
  const date = useCallback((at: number) => dayjs(at).format(locale === 'en-US' ? 'MMM D, YYYY' : 'YYYY-MM-DD'), [locale]);
  // A term ends at midnight: the last day of care is the day before.
  const lastDay = useCallback((endsAt: number) => date(endsAt - 1), [date]);
  return useMemo(() => ({ species, condition, act, status, date, lastDay }), [species, condition, act, status, date, lastDay]);
}
