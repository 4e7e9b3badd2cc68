// The steps a caller may take on a topic; each answers null when done (the topic reloads) or the message to show.
import Taro from '@tarojs/taro';
import type { TopicListItem } from '@/domain/councils/types';
import type { Envelope } from '@/domain/envelope';
import { call } from '@/services/api';
import { errorRef } from '@/services/i18n';
import { useCouncilT } from '../../messages';

type Outcome = Promise<string | null>;
const ACTIVE = ['proposal', 'deliberation', 'resolution', 'implementation'];

export function useTopicSteps(topicId: string, reload: () => void) {
  const t = useCouncilT();
  const settle = async (answer: Envelope<unknown>): Outcome => {
    if (!answer.ok) return errorRef(answer.error);
    void Taro.showToast({ title: t('topic.done'), icon: 'success' });
    reload();
    return null;
  };
  return {
    support: async (): Outcome => settle(await call('topics.support', { topicId })),
    putOnAgenda: async (): Outcome => settle(await call('topics.putOnAgenda', { topicId, note: '' })),
    implement: async (note: string): Outcome => settle(await call('topics.implement', { topicId, note })),
    reconsider: async (note: string): Outcome => settle(await call('topics.reconsider', { topicId, note })),
    decline: async (reason: string): Outcome => settle(await call('topics.decline', { topicId, reason })),
    merge: async (into: string | null): Outcome => settle(await call('topics.merge', { topicId, into: into ?? '' })),
    /** Topics still in progress it could be merged into. */
    mergeTargets: async (): Promise<TopicListItem[]> => {
      const page = await call('topics.list', { stage: 'all' });
      return page.ok ? page.data.items.filter((item) => item.id !== topicId && ACTIVE.includes(item.status)) : [];
    },
  };
}
