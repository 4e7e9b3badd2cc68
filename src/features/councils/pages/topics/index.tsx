// 居民议事: every topic of the community by stage, a way to propose one, and the committee's own entries.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { TopicStage } from '@/domain/councils/machine';
import type { SessionView } from '@/domain/membership/types';
import { FilterTabs } from '@/components/FilterTabs';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { useReshow } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { useT } from '@/services/messages';
import { COUNCILS, openPage } from '@/services/navigation';
import { TopicCard } from '../../components/TopicCard';
import { useCouncilT } from '../../messages';
import '../../councils.scss';

function Topics({ session }: { session: SessionView }) {
  const t = useCouncilT();
  const shell = useT();
  const [stage, setStage] = useState<TopicStage>('all');
  const list = usePagedCall('topics.list', { stage });
  useReshow(list.reload);
  return (
    <View>
      <View className='actions stack'>
        <Button block type='primary' onClick={() => openPage(COUNCILS.propose)}>
          {t('topics.propose')}
        </Button>
        {session.can.manageCouncils ? (
          <View className='row chips'>
            <Button size='small' fill='outline' type='primary' onClick={() => openPage(COUNCILS.newVote())}>
              {t('topics.newVote')}
            </Button>
            <Button size='small' fill='outline' type='primary' onClick={() => openPage(COUNCILS.register)}>
              {t('topics.register')}
            </Button>
          </View>
        ) : null}
      </View>
      <FilterTabs
        label={t('topics.title')}
        value={stage}
        onChange={setStage}
        options={(['all', 'collecting', 'deliberating', 'voting', 'implementing', 'done'] as const).map((value) => ({ value, label: t(`topics.${value}`) }))}
      />
      <PagedList list={list} empty={{ title: t('topics.empty'), description: t('topics.emptyDesc'), mark: shell('mark.neighbours') }}>
        {(topic) => <TopicCard key={topic.id} topic={topic} />}
      </PagedList>
    </View>
  );
}

export default function TopicsPage() {
  const t = useCouncilT();
  return <PageShell title={t('topics.title')}>{(session) => <Topics session={session} />}</PageShell>;
}
