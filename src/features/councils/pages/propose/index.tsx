// 提出议题: a title, what and why, photos, and whom it concerns (the proposer's building, grid or the community);
// the community's N and D are said up front.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MyPlace } from '@/domain/councils/actions';
import type { Audience } from '@/domain/common/scope';
import { ProposeTopicInput } from '@/domain/councils/schemas';
import { Field } from '@/components/Field';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker } from '@/components/PhotoPicker';
import { StateView } from '@/components/StateView';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { useAction, useCall } from '@/components/useAsync';
import type { UploadedImage } from '@/services/upload';
import { errorRef, useServerMessage } from '@/services/i18n';
import { COUNCILS } from '@/services/navigation';
import { validate } from '@/services/validate';
import { ChipPicker } from '../../components/ChipPicker';
import { useCouncilT } from '../../messages';
import '../../councils.scss';

type Scope = 'building' | 'grid' | 'community';

function audienceOf(scope: Scope, place: MyPlace): Audience {
  if (scope === 'building' && place.building) return { level: 'building', ids: [place.building.id] };
  if (scope === 'grid' && place.grid) return { level: 'grid', ids: [place.grid.id] };
  return { level: 'community' };
}

function ProposeForm({ needed, days, place }: { needed: number; days: number; place: MyPlace }) {
  const t = useCouncilT();
  const message = useServerMessage();
  const propose = useAction('topics.propose');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [scope, setScope] = useState<Scope>(place.building ? 'building' : 'community');
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async () => {
    const checked = validate(ProposeTopicInput, { title, description, photoIds: photos.map((photo) => photo.fileId), audience: audienceOf(scope, place) });
    if (!checked.ok) return setFields(checked.fields);
    setFields({});
    const answer = await propose.run(checked.output);
    if (!answer.ok) return setFields(answer.error.fields ?? {});
    void Taro.showToast({ title: t('propose.done'), icon: 'success' });
    void Taro.redirectTo({ url: COUNCILS.topic(answer.data.id) });
  };

  const options = [
    ...(place.building ? [{ value: 'building' as const, label: t('propose.named', { scope: t('propose.myBuilding'), name: place.building.name }) }] : []),
    ...(place.grid ? [{ value: 'grid' as const, label: t('propose.named', { scope: t('propose.myGrid'), name: place.grid.name }) }] : []),
    { value: 'community' as const, label: t('propose.community') },
  ];
  return (
    <View className='card stack'>
      <Text className='muted'>{t('propose.rule', { needed, days })}</Text>
      <TextField label={t('propose.topicTitle')} placeholder={t('propose.topicTitlePlaceholder')} value={title} onChange={setTitle} maxLength={40} error={fields.title} />
      <TextArea label={t('propose.description')} placeholder={t('propose.descriptionPlaceholder')} value={description} onChange={setDescription} maxLength={1000} error={fields.description} />
      <Field label={t('propose.photos')} error={fields.photoIds}>
        <PhotoPicker photos={photos} onChange={setPhotos} max={9} />
      </Field>
      <Field label={t('propose.scope')} error={fields.audience ?? fields['audience.ids']}>
        <ChipPicker label={t('propose.scope')} value={scope} onChange={setScope} options={options} />
      </Field>
      {propose.error && !propose.error.fields ? <Text className='form-error'>{message(errorRef(propose.error))}</Text> : null}
      <Button block type='primary' loading={propose.pending} onClick={() => void submit()}>
        {t('propose.submit')}
      </Button>
    </View>
  );
}

function Propose() {
  const settings = useCall('councils.settings');
  return (
    <StateView state={settings.state} onRetry={settings.reload} isEmpty={() => false}>
      {(data) => <ProposeForm needed={data.supportNeeded} days={data.supportDays} place={data.place} />}
    </StateView>
  );
}

export default function ProposePage() {
  const t = useCouncilT();
  return (
    <PageShell title={t('propose.title')}>
      <Propose />
    </PageShell>
  );
}
