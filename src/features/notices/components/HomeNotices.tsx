// 首页's notice section: the newest notices addressed to me, pinned first, unread ones marked; all of them one tap away.
import { Text, View } from '@tarojs/components';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { useT } from '@/services/messages';
import { NOTICES, openPage } from '@/services/navigation';
import { useNoticesT } from '../messages';
import { NoticeCard } from './NoticeCard';

/** How many notices the home page shows before 全部公告. */
const ON_HOME = 5;

export function HomeNotices() {
  const t = useNoticesT();
  const shell = useT();
  const feed = useCall('notices.feed', {});
  // Back from a notice: its unread mark is gone.
  useReshow(feed.reload);
  return (
    <View className='home-notices'>
      <View className='row home-notices__head'>
        <Text className='section-title grow'>{shell('home.notices')}</Text>
        <Button className='home-notices__all' size='small' fill='none' onClick={() => openPage(NOTICES.list)}>
          {t('home.all')}
        </Button>
      </View>
      <StateView
        state={feed.state}
        onRetry={feed.reload}
        isEmpty={(page) => page.items.length === 0}
        empty={{ mark: shell('mark.notice'), title: shell('home.noticesEmpty'), description: shell('home.noticesEmptyDesc') }}
      >
        {(page) => page.items.slice(0, ON_HOME).map((notice) => <NoticeCard key={notice.id} notice={notice} />)}
      </StateView>
    </View>
  );
}
