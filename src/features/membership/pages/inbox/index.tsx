// 消息: decisions about me and notices for me; opening one marks it read.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { renderNotice } from '@/domain/messages';
import type { InboxItem } from '@/domain/notifications/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useCall } from '@/components/useAsync';
import { call } from '@/services/api';
import { langOf, useLocale } from '@/services/i18n';
import { useMembershipT } from '../../messages';
import './index.scss';

function Inbox() {
  const t = useMembershipT();
  const inbox = useCall('inbox.list');
  const lang = langOf(useLocale());

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return;
    const envelope = await call('inbox.markRead', { ids });
    if (!envelope.ok) return;
    const now = Date.now();
    inbox.setData((data) => ({
      ...data,
      unread: envelope.data.unread,
      items: data.items.map((item) => (ids.includes(item.id) && !item.readAt ? { ...item, readAt: now } : item)),
    }));
  };

  const markAll = async () => {
    const envelope = await call('inbox.markRead', { all: true });
    if (envelope.ok) inbox.reload();
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
      empty={{ title: t('inbox.empty'), description: t('inbox.emptyDesc'), mark: '信' }}
    >
      {(data) => (
        <View>
          {data.unread > 0 ? (
            <View className='inbox-head'>
              <Button size='small' fill='none' type='primary' onClick={() => markAll()}>
                {t('inbox.readAll')}
              </Button>
            </View>
          ) : null}
          {data.items.map((item) => {
            const words = renderNotice(item.kind, item.params, lang);
            return (
            <View key={item.id} className={`card inbox-item ${item.readAt ? '' : 'is-unread'}`} onClick={() => open(item)}>
              <View className='row'>
                {item.readAt ? null : <View className='inbox-item__dot' aria-label={t('inbox.unread')} />}
                <Text className='body-text inbox-item__title grow'>{words.title}</Text>
                <Text className='muted'>{dayjs(item.createdAt).format('MM-DD HH:mm')}</Text>
              </View>
              <Text className='muted inbox-item__body'>{words.body}</Text>
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
