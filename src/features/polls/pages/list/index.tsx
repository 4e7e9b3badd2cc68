// 民意调查: the polls addressed to me (the committee: every poll of the community), newest first, each with
// where I stand; the committee starts a new one from here.
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { usePagedCall } from '@/components/usePaged';
import { useReshow } from '@/components/useAsync';
import { Button } from '@/components/nutui';
import { openPage, POLLS } from '@/services/navigation';
import { PollCard } from '../../components/PollCard';
import { usePollsT } from '../../messages';
import '../../polls.scss';

function PollList({ canCreate }: { canCreate: boolean }) {
  const t = usePollsT();
  const list = usePagedCall('polls.list', {});
  useReshow(list.reload);
  return (
    <View>
      {canCreate ? (
        <View className='actions'>
          <Button type='primary' block onClick={() => openPage(POLLS.create)}>
            {t('list.create')}
          </Button>
        </View>
      ) : null}
      <PagedList list={list} empty={{ mark: '问', title: t('list.empty'), description: t('list.emptyDesc') }}>
        {(poll) => <PollCard key={poll.id} poll={poll} />}
      </PagedList>
    </View>
  );
}

export default function PollListPage() {
  const t = usePollsT();
  return <PageShell title={t('list.title')} className='polls-page'>{(session) => <PollList canCreate={session.can.createPolls} />}</PageShell>;
}
