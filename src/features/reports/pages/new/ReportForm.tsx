// The report form: photos, spot, category, description, name switch (and 代办 for field staff).
// Same-category cases within 50 m are offered first; the form validates with the schema the cloud uses.
import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { LatLng } from '@/domain/geo';
import type { CategoryKey } from '@/domain/reports/categories';
import type { NearbyReport } from '@/domain/reports/types';
import { CreateOnBehalfInput, CreateReportInput } from '@/domain/reports/schemas';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { Button, Switch } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { useFieldErrors } from '@/components/useFieldErrors';
import { errorRef, useServerMessage } from '@/services/i18n';
import { askForUpdates, useSubscribeTemplates } from '@/services/subscribe';
import type { UploadedImage } from '@/services/upload';
import { validate } from '@/services/validate';
import { CategoryPicker } from '../../components/CategoryPicker';
import { LocationPicker } from '../../components/LocationPicker';
import { NearbyList } from '../../components/NearbyList';
import { useReportsT } from '../../messages';
import { REPORTER_UPDATES } from '../../updates';
import { useNearby } from './useNearby';

export interface ReportFormProps {
  /** Grid workers and the committee may file for a resident without a phone (代办). */
  canFileOnBehalf: boolean;
  onCreated: (id: string) => void;
  onSupported: (id: string) => void;
}

export function ReportForm({ canFileOnBehalf, onCreated, onSupported }: ReportFormProps) {
  const t = useReportsT();
  const message = useServerMessage();
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [point, setPoint] = useState<LatLng | null>(null);
  const [address, setAddress] = useState('');
  const [category, setCategory] = useState<CategoryKey | null>(null);
  const [description, setDescription] = useState('');
  const [showName, setShowName] = useState(false);
  const [onBehalf, setOnBehalf] = useState(false);
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const { fields, setFields, clearing } = useFieldErrors();
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  const nearby = useNearby(category, point);
  const create = useAction('reports.create');
  const createOnBehalf = useAction('reports.createOnBehalf');
  const support = useAction('reports.support');
  const [supportingId, setSupportingId] = useState<string | null>(null);
  const pending = create.pending || createOnBehalf.pending;
  // While same-category cases nearby are on screen, filing a new one is a deliberate second choice.
  const offering = nearby.items.length > 0 && acknowledged !== nearby.key;
  const failure = create.error ?? createOnBehalf.error;
  useSubscribeTemplates();
  const askedForUpdates = useRef(false);

  const pick = clearing(['lat', 'lng'], ({ point: picked, name }: { point: LatLng; name?: string }) => {
    setPoint(picked);
    if (name && !address.trim()) setAddress(name.slice(0, 60));
  });

  /** The schema's verdict on the form, and how to send it (代办 goes through its own action). */
  const check = () => {
    const draft = { category: category ?? undefined, description, photoIds: photos.map((photo) => photo.fileId), lat: point?.lat, lng: point?.lng, address, showName };
    if (onBehalf) {
      const checked = validate(CreateOnBehalfInput, { ...draft, onBehalfOf });
      return checked.ok ? { fields: null, send: () => createOnBehalf.run(checked.output) } : { fields: checked.fields, send: null };
    }
    const checked = validate(CreateReportInput, draft);
    return checked.ok ? { fields: null, send: () => create.run(checked.output) } : { fields: checked.fields, send: null };
  };

  const submit = async (anyway: boolean) => {
    const checked = check();
    setFields(checked.fields ?? {});
    if (!checked.send) return;
    // Before any await: WeChat shows the subscription request only while handling the tap. Once per report.
    if (!askedForUpdates.current) void askForUpdates(REPORTER_UPDATES);
    askedForUpdates.current = true;
    const seen = await nearby.lookUp();
    if (seen.length > 0 && !anyway && acknowledged !== nearby.key) {
      setBlocked(true);
      return;
    }
    setAcknowledged(nearby.key);
    setBlocked(false);
    const envelope = await checked.send();
    if (envelope.ok) onCreated(envelope.data.id);
    else if (envelope.error.fields) setFields(envelope.error.fields);
  };

  const meToo = async (item: NearbyReport) => {
    setSupportingId(item.id);
    const envelope = await support.run({ reportId: item.id });
    setSupportingId(null);
    if (envelope.ok) {
      nearby.markSupported(item.id, envelope.data.supportCount);
      onSupported(item.id);
    }
  };

  return (
    <View className='report-form'>
      <View className='card'>
        <Field label={t('new.photos')} hint={t('new.photosHint')} error={fields.photoIds}>
          <PhotoPicker photos={photos} onChange={clearing('photoIds', setPhotos)} />
        </Field>
      </View>
      <View className='card'>
        <Field label={t('new.location')} error={fields.lat ?? fields.lng}>
          <LocationPicker point={point} onPick={(picked, name) => pick({ point: picked, name })} />
        </Field>
        <TextField label={t('new.address')} placeholder={t('new.addressPlaceholder')} value={address} maxLength={60} onChange={clearing('address', setAddress)} error={fields.address} />
      </View>
      <View className='card'>
        <Field label={t('new.category')} error={fields.category}>
          <CategoryPicker value={category} onChange={clearing('category', setCategory)} />
        </Field>
        <TextArea
          label={t('new.description')}
          placeholder={t('new.descriptionPlaceholder')}
          value={description}
          maxLength={200}
          onChange={clearing('description', setDescription)}
          error={fields.description}
        />
      </View>
      <View className='card'>
        <View className='row switch-row'>
          <View className='grow'>
            <Text className='body-text'>{t('new.showName')}</Text>
            <Text className='muted switch-row__hint'>{t('new.showNameHint')}</Text>
          </View>
          <Switch aria-label={t('new.showName')} checked={showName} onChange={(value) => setShowName(value)} />
        </View>
        {canFileOnBehalf ? (
          <View>
            <View className='row switch-row'>
              <View className='grow'>
                <Text className='body-text'>{t('new.onBehalf')}</Text>
                <Text className='muted switch-row__hint'>{t('new.onBehalfHint')}</Text>
              </View>
              <Switch aria-label={t('new.onBehalf')} checked={onBehalf} onChange={(value) => setOnBehalf(value)} />
            </View>
            {onBehalf ? (
              <TextField
                label={t('new.onBehalfOf')}
                placeholder={t('new.onBehalfOfPlaceholder')}
                value={onBehalfOf}
                maxLength={30}
                onChange={clearing('onBehalfOf', setOnBehalfOf)}
                error={fields.onBehalfOf}
              />
            ) : null}
          </View>
        ) : null}
      </View>
      {nearby.items.length > 0 ? (
        <NearbyList items={nearby.items} supportingId={supportingId} error={support.error ? errorRef(support.error) : null} onSupport={meToo} />
      ) : null}
      {blocked && offering ? <Text className='form-error actions'>{t('new.nearbyBlocking')}</Text> : null}
      {failure && !failure.fields ? <Text className='form-error actions'>{message(failure)}</Text> : null}
      <View className='actions stack'>
        {offering ? (
          <Button type='primary' fill='outline' block loading={pending} onClick={() => submit(true)}>
            {t('new.submitAnyway')}
          </Button>
        ) : (
          <Button type='primary' block loading={pending} onClick={() => submit(false)}>
            {t('new.submit')}
          </Button>
        )}
      </View>
    </View>
  );
}
