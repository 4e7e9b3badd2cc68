// 办结: the handler shows the fix with photos after it and a note; the reporter then checks it.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ResolveInput } from '@/domain/reports/schemas';
import { Field } from '@/components/Field';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextArea } from '@/components/TextArea';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { useFieldErrors } from '@/components/useFieldErrors';
import { useServerMessage } from '@/services/i18n';
import { backOr, REPORTS } from '@/services/navigation';
import type { UploadedImage } from '@/services/upload';
import { validate } from '@/services/validate';
import { useReportsT } from '../../messages';
import '../../reports.scss';

function ResolveForm({ reportId }: { reportId: string }) {
  const t = useReportsT();
  const message = useServerMessage();
  const resolve = useAction('reports.resolve');
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [note, setNote] = useState('');
  const { fields, setFields, clearing } = useFieldErrors();

  const submit = async () => {
    const checked = validate(ResolveInput, { reportId, afterPhotoIds: photos.map((photo) => photo.fileId), note });
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setFields({});
    const envelope = await resolve.run(checked.output);
    if (envelope.ok) {
      void Taro.showToast({ title: t('resolve.done'), icon: 'success' });
      backOr(REPORTS.detail(reportId));
    } else if (envelope.error.fields) {
      setFields(envelope.error.fields);
    }
  };

  return (
    <View>
      <View className='card'>
        <Field label={t('resolve.photos')} hint={t('resolve.photosHint')} error={fields.afterPhotoIds}>
          <PhotoPicker photos={photos} onChange={clearing('afterPhotoIds', setPhotos)} />
        </Field>
        <TextArea label={t('resolve.note')} placeholder={t('resolve.notePlaceholder')} value={note} maxLength={200} onChange={clearing('note', setNote)} error={fields.note} />
      </View>
      {resolve.error && !resolve.error.fields ? <Text className='form-error actions'>{message(resolve.error)}</Text> : null}
      <View className='actions'>
        <Button type='primary' block loading={resolve.pending} onClick={submit}>
          {t('resolve.submit')}
        </Button>
      </View>
    </View>
  );
}

export default function ResolvePage() {
  const t = useReportsT();
  const { params } = useRouter();
  const reportId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('resolve.title')}>{reportId ? <ResolveForm reportId={reportId} /> : null}</PageShell>;
}
