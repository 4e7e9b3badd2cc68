// 消息: every notice for me, newest first, a page at a time; opening one marks it read and follows its link.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { InboxItem } from '@/domain/notifications/types';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { useT } from '@/services/messages';
import { useNotice } from '@/services/notices';
import { useNotificationsT } from '../../messages';
import './index.scss';

function Inbox() {
  const t = useNotificationsT();
  const shell = useT();
  const notice = useNotice();
  const inbox = usePagedCall('inbox.list', {});
  const mark = useAction('inbox.markRead');
  const unread = inbox.state.status === 'ready' ? (inbox.state.data as { unread?: number }).unread ?? 0 : 0;

  const markRead = async (input: { ids: string[] } | { all: true }) => {
    const envelope = await mark.run(input);
    if (!envelope.ok) return;
    const now = Date.now();
    inbox.setData((page) => ({
      ...page,
      unread: envelope.data.unread,
      items: page.items.map((item) => (!item.readAt && ('all' in input || input.ids.includes(item.id)) ? { ...item, readAt: now } : item)),
    }));
  };

  const open = (item: InboxItem) => {
    if (!item.readAt) void markRead({ ids: [item.id] });
    if (item.link) void Taro.navigateTo({ url: item.link }).catch(() => undefined);
  };

  return (
    <View>
      {unread > 0 ? (
        <View className='inbox-head'>
          <Text className='muted'>{t('inbox.unreadCount', { count: unread })}</Text>
          <Button size='small' fill='none' type='primary' loading={mark.pending} onClick={() => void markRead({ all: true })}>
            {t('inbox.readAll')}
          </Button>
        </View>
      ) : null}
      <PagedList list={inbox} empty={{ title: t('inbox.empty'), description: t('inbox.emptyDesc'), mark: shell('mark.inbox') }}>
        {(item) => {
          const { title, body } = notice(item.kind, item.params);
          return (
            <View key={item.id} className={`card inbox-item ${item.readAt ? '' : 'is-unread'}`} onClick={() => open(item)}>
              <View className='row'>
                {item.readAt ? null : <View className='inbox-item__dot' role='img' aria-label={t('inbox.unread')} />}
                <Text className='body-text inbox-item__title grow'>{title}</Text>
                <Text className='muted'>{dayjs(item.createdAt).format('MM-DD HH:mm')}</Text>
              </View>
              {body ? <Text className='muted inbox-item__body'>{body}</Text> : null}
            </View>
          );
        }}
      </PagedList>
    </View>
  );
}

export default function InboxPage() {
  const t = useNotificationsT();
  return (
    <PageShell title={t('inbox.title')}>
      <Inbox />
    </PageShell>
  );
}
