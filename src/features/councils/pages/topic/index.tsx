// 议题详情: the topic, what deliberation produced, its published resolution and result, every step so far, the
// comments, and what the caller may do next.
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TopicDetailView } from '@/domain/councils/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall, useReshow } from '@/components/useAsync';
import { Comments } from '../../components/Comments';
import { TopicTimeline } from '../../components/Timeline';
import { useCouncilT } from '../../messages';
import { TopicActions } from './TopicActions';
import { TopicSections } from './TopicSections';
import { TopicSummary } from './TopicSummary';
import '../../councils.scss';

function TopicView({ topic, reload }: { topic: TopicDetailView; reload: () => void }) {
  const t = useCouncilT();
  return (
    <View>
      <TopicSummary topic={topic} />
      <TopicActions topic={topic} reload={reload} />
      <TopicSections topic={topic} />
      <View className='card'>
        <Text className='title'>{t('topic.timeline')}</Text>
        <TopicTimeline entries={topic.timeline} />
      </View>
      <Comments topicId={topic.id} canComment={topic.can.comment} />
    </View>
  );
}

function Topic({ topicId }: { topicId: string }) {
  const detail = useCall('topics.detail', { topicId });
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(topic) => <TopicView topic={topic} reload={detail.reload} />}
    </StateView>
  );
}

export default function TopicPage() {
  const t = useCouncilT();
  const { params } = useRouter();
  const topicId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('topic.title')}>{topicId ? <Topic topicId={topicId} /> : null}</PageShell>;
}
