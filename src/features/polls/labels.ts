// How a poll's facts read on screen: phase and standing badges, its period, its settings.
import { useCallback } from 'react';
import dayjs from 'dayjs';
import type { PollPhase, PollSummary } from '@/domain/polls/types';
import type { BadgeTone } from '@/components/Badge';
import { langOf, useLocale } from '@/services/i18n';
import { usePollsT } from './messages';

export const PHASE_TONE: Record<PollPhase, BadgeTone> = { upcoming: 'warning', open: 'brand', closed: 'muted' };

export function usePollLabels() {
  const t = usePollsT();
  const lang = langOf(useLocale());
  const day = useCallback((at: number) => dayjs(at).format(lang === 'en' ? 'MM/DD' : 'M月D日'), [lang]);
  const settings = useCallback(
    (poll: Pick<PollSummary, 'anonymous' | 'unit'>) => [t(poll.anonymous ? 'poll.anonymous' : 'poll.named'), t(poll.unit === 'household' ? 'poll.perHousehold' : 'poll.perPerson')].join(' · '),
    [t],
  );
  const period = useCallback((poll: Pick<PollSummary, 'opensAt' | 'closesAt'>) => t('poll.period', { from: day(poll.opensAt), to: day(poll.closesAt) }), [t, day]);
  return { t, day, settings, period };
}
