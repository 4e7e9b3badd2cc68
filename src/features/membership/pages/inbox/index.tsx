// 消息: decisions about me and notices for me; opening one marks it read.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { InboxItem } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { useNotice } from '@/services/notices';
import { useMembershipT } from '../../messages';
import { useT } from '@/services/messages';
import './index.scss';

function Inbox() {
  const t = useMembershipT();
  const shell = useT();
  const notice = useNotice();
  const inbox = useCall('inbox.list');
  const mark = useAction('inbox.markRead');

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return;
    const envelope = await mark.run({ ids });
    if (!envelope.ok) return;
    const now = Date.now();
    inbox.setData((data) => ({
      unread: envelope.data.unread,
      items: data.items.map((item) => (ids.includes(item.id) && !item.readAt ? { ...item, readAt: now } : item)),
    }));
  };

  const open = (item: InboxItem) => {
    if (!item.readAt) void markRead([item.id]);
    if (item.link) void Taro.navigateTo({ url: item.link }).catch(() => undefined);
  };

  return (
    <StateView
      state={inbox.state}
      onRetry={inbox.reload}
      isEmpty={(data) => data.items.length === 0}
      empty={{ title: t('inbox.empty'), description: t('inbox.emptyDesc'), mark: shell('mark.inbox') }}
    >
      {(data) => (
        <View>
          {data.unread > 0 ? (
            <View className='inbox-head'>
              <Button size='small' fill='none' type='primary' onClick={() => markRead(data.items.filter((item) => !item.readAt).map((item) => item.id))}>
                {t('inbox.readAll')}
              </Button>
            </View>
          ) : null}
          {data.items.map((item) => {
            const { title, body } = notice(item.kind, item.params);
            return (
              <View key={item.id} className={`card inbox-item ${item.readAt ? '' : 'is-unread'}`} aria-label={title} onClick={() => open(item)}>
                <View className='row'>
                  {item.readAt ? null : <View className='inbox-item__dot' aria-label={t('inbox.unread')} />}
                  <Text className='body-text inbox-item__title grow'>{title}</Text>
                  <Text className='muted'>{dayjs(item.createdAt).format('MM-DD HH:mm')}</Text>
                </View>
                {body ? <Text className='muted inbox-item__body'>{body}</Text> : null}
              </View>
            );
          })}
        </View>
      )}
    </StateView>
  );
}

export default function InboxPage() {
  const t = useMembershipT();
  return (
    <PageShell title={t('inbox.title')}>
      <Inbox />
    </PageShell>
  );
}
