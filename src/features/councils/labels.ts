// Names of statuses, rules, outcomes, events and times in the current language, for every council screen.
import { useCallback, useMemo } from 'react';
import dayjs from 'dayjs';
import type { TopicEventKind, TopicStatus, TimelineEntry } from '@/domain/councils/types';
import type { Share } from '@/domain/votes/share';
import type { VoteRule } from '@/domain/votes/statutes';
import type { Outcome } from '@/domain/votes/tally';
import type { VoteStatus } from '@/domain/votes/types';
import { useLocale, useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { useCouncilT } from './messages';

export function useCouncilLabels() {
  const locale = useLocale();
  const t = useCouncilT();
  const shell = useT();
  const server = useServerMessage();
  const en = locale === 'en-US';
  const status = useCallback((value: TopicStatus) => server(`topicStatus.${value}`), [server]);
  const rule = useCallback((value: VoteRule) => server(`rule.${value}`), [server]);
  const outcome = useCallback((value: Outcome) => server(`outcome.${value}`), [server]);
  const event = useCallback((kind: TopicEventKind) => t(`event.${kind}`), [t]);
  const role = useCallback((actorRole: TimelineEntry['actorRole']) => (actorRole === 'system' ? t('role.system') : shell(`role.${actorRole}`)), [t, shell]);
  const time = useCallback((at: number) => dayjs(at).format(en ? 'MM/DD HH:mm' : 'MM-DD HH:mm'), [en]);
  const date = useCallback((at: number) => dayjs(at).format(en ? 'YYYY/MM/DD' : 'YYYY-MM-DD'), [en]);
  const voteStatus = useCallback((value: VoteStatus) => t(value === 'draft' ? 'vote.statusDraft' : value === 'closed' ? 'vote.statusClosed' : 'vote.statusOpen'), [t]);
  const share = useCallback(
    (value: Share) => ('atLeast' in value ? t('result.needAtLeast', { n: value.atLeast[0], d: value.atLeast[1] }) : t('result.needMoreThan', { n: value.moreThan[0], d: value.moreThan[1] })),
    [t],
  );
  const places = useCallback((names: string[]) => (names.length ? names.join('、') : t('topics.wholeCommunity')), [t]);
  return useMemo(() => ({ status, rule, outcome, event, role, time, date, voteStatus, share, places }), [status, rule, outcome, event, role, time, date, voteStatus, share, places]);
}

/** A percentage as the figures print it, two decimals. */
export const percentText = (value: number): string => value.toFixed(2);
