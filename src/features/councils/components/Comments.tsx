// 议事留言: the topic's comments (the committee's marked as its official reply) and, for those who may, a box to add one.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/nutui';
import { PagedList } from '@/components/PagedList';
import { TextArea } from '@/components/TextArea';
import { useAction } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { errorRef, useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { useCouncilLabels } from '../labels';
import { useCouncilT } from '../messages';

export function Comments({ topicId, canComment }: { topicId: string; canComment: boolean }) {
  const t = useCouncilT();
  const shell = useT();
  const labels = useCouncilLabels();
  const message = useServerMessage();
  const list = usePagedCall('topics.comments', { topicId });
  const send = useAction('topics.comment');
  const [text, setText] = useState('');

  const post = async () => {
    const answer = await send.run({ topicId, text, photoIds: [] });
    if (answer.ok) {
      setText('');
      list.reload();
    }
  };

  return (
    <View className='card'>
      <Text className='title'>{t('topic.commentsTitle')}</Text>
      {canComment ? (
        <View className='stack'>
          <TextArea bare label={t('topic.commentPlaceholder')} value={text} onChange={setText} maxLength={500} />
          {send.error ? <Text className='form-error'>{message(errorRef(send.error))}</Text> : null}
          <Button type='primary' fill='outline' loading={send.pending} onClick={() => void post()}>
            {t('topic.send')}
          </Button>
        </View>
      ) : null}
      <PagedList list={list} empty={{ title: t('topic.noComments'), mark: shell('mark.empty') }}>
        {(comment) => (
          <View key={comment.id} className={`comment ${comment.official ? 'is-official' : ''}`}>
            <View className='row council-card__head'>
              <Text className='body-text'>{comment.authorName}</Text>
              {comment.official ? <Badge>{t('topic.official')}</Badge> : null}
              <Text className='muted'>{labels.time(comment.createdAt)}</Text>
            </View>
            <Text className='body-text council-card__text'>{comment.text}</Text>
          </View>
        )}
      </PagedList>
    </View>
  );
}
