// Category, status, level and role names in the current language, for every report screen.
import { useCallback, useMemo } from 'react';
import dayjs from 'dayjs';
import { categoryOf, type CategoryKey } from '@/domain/reports/categories';
import { STATUS_LABELS } from '@/domain/reports/status';
import type { ReportEventKind, ReportStatus, TimelineEntry } from '@/domain/reports/types';
import { useLocale } from '@/services/i18n';
import { useT } from '@/services/messages';
import { useReportsT } from './messages';

export function useReportLabels() {
  const locale = useLocale();
  const t = useReportsT();
  const shell = useT();
  const lang = locale === 'en-US' ? 'en' : 'zh';
  const category = useCallback((key: CategoryKey) => categoryOf(key)?.[lang] ?? key, [lang]);
  const status = useCallback((value: ReportStatus) => STATUS_LABELS[value]?.[lang] ?? value, [lang]);
  const event = useCallback((kind: ReportEventKind) => t(`event.${kind}`), [t]);
  const role = useCallback((actorRole: TimelineEntry['actorRole']) => shell(`role.${actorRole}`), [shell]);
  const time = useCallback((at: number) => dayjs(at).format(lang === 'en' ? 'MM/DD HH:mm' : 'MM-DD HH:mm'), [lang]);
  return useMemo(() => ({ category, status, event, role, time }), [category, status, event, role, time]);
}
