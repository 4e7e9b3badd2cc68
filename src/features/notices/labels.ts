// Category names, times and audiences in the current language, for every notice screen.
import { useCallback, useMemo } from 'react';
import dayjs from 'dayjs';
import type { AudienceView } from '@/domain/common/scope';
import type { NoticeCategory } from '@/domain/notices/categories';
import { useLocale, useServerMessage } from '@/services/i18n';
import { useNoticesT } from './messages';

export function useNoticeLabels() {
  const locale = useLocale();
  const words = useServerMessage();
  const t = useNoticesT();
  const en = locale === 'en-US';
  const category = useCallback((key: NoticeCategory) => words(`noticeCategory.${key}`), [words]);
  const time = useCallback((at: number) => dayjs(at).format(en ? 'YYYY/MM/DD HH:mm' : 'YYYY-MM-DD HH:mm'), [en]);
  const day = useCallback((at: number) => dayjs(at).format(en ? 'MM/DD' : 'MM-DD'), [en]);
  const audience = useCallback(
    (view: AudienceView) => (view.level === 'community' ? t('audience.community') : view.names.join(en ? ', ' : '、')),
    [t, en],
  );
  return useMemo(() => ({ category, time, day, audience }), [category, time, day, audience]);
}
