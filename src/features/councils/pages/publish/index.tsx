// 公开 (committee): the minutes of a meeting, or the result of the work (实施结果) that accepts the topic — text and
// photos, published on the topic with the date.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Field } from '@/components/Field';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextArea } from '@/components/TextArea';
import { useAction } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import type { UploadedImage } from '@/services/upload';
import { useCouncilT } from '../../messages';
import '../../councils.scss';

function PublishForm({ topicId, kind }: { topicId: string; kind: 'minutes' | 'result' }) {
  const t = useCouncilT();
  const message = useServerMessage();
  const minutes = useAction('topics.publishMinutes');
  const result = useAction('topics.accept');
  const action = kind === 'minutes' ? minutes : result;
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<UploadedImage[]>([]);

  const submit = async () => {
    const input = { topicId, text, photoIds: photos.map((photo) => photo.fileId) };
    const answer = await action.run(input);
    if (answer.ok) void Taro.navigateBack();
  };

  return (
    <View className='card stack'>
      <TextArea
        label={t(kind === 'minutes' ? 'publish.minutesText' : 'publish.resultText')}
        placeholder={t(kind === 'minutes' ? 'publish.minutesPlaceholder' : 'publish.resultPlaceholder')}
        value={text}
        onChange={setText}
        maxLength={kind === 'minutes' ? 2000 : 1000}
        error={action.error?.fields?.text}
      />
      <Field label={t('publish.photos')}>
        <PhotoPicker photos={photos} onChange={setPhotos} max={9} />
      </Field>
      {action.error && !action.error.fields ? <Text className='form-error'>{message(errorRef(action.error))}</Text> : null}
      <Button block type='primary' loading={action.pending} onClick={() => void submit()}>
        {t('publish.submit')}
      </Button>
    </View>
  );
}

export default function PublishPage() {
  const t = useCouncilT();
  const { params } = useRouter();
  const topicId = decodeURIComponent(params.id ?? '');
  const kind = params.kind === 'result' ? 'result' : 'minutes';
  return <PageShell title={t(kind === 'minutes' ? 'publish.minutes' : 'publish.result')}>{topicId ? <PublishForm topicId={topicId} kind={kind} /> : null}</PageShell>;
}
