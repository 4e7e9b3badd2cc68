// The publish / edit form: kind, title, text, pictures, audience, pin, importance, schedule and expiry.
// An edit keeps kind and audience (to address others, publish anew) and makes a new version when the text changes.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { NOTICE_CATEGORIES } from '@/domain/notices/categories';
import { BODY_MAX, IMAGES_MAX, TITLE_MAX } from '@/domain/notices/schemas';
import type { NoticeDetailView } from '@/domain/notices/types';
import type { PlaceTree } from '@/domain/places/actions';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { Toggle } from '@/components/Toggle';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { AudiencePicker } from '../../components/AudiencePicker';
import { useNoticeLabels } from '../../labels';
import { useNoticesT } from '../../messages';
import { useNoticeDraft } from './useNoticeDraft';
import { WhenFields } from './WhenFields';

interface SwitchRowProps {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

const SwitchRow = ({ label, hint, checked, onChange }: SwitchRowProps) => (
  <View className='row notice-switch'>
    <View className='grow'>
      <Text className='body-text'>{label}</Text>
      <Text className='muted notice-switch__hint'>{hint}</Text>
    </View>
    <Toggle label={label} checked={checked} onChange={onChange} />
  </View>
);

export interface NoticeFormProps {
  /** The notice being edited, or null to publish a new one. */
  editing: NoticeDetailView | null;
  tree: PlaceTree | null;
  onDone: (noticeId: string) => void;
}

export function NoticeForm({ editing, tree, onDone }: NoticeFormProps) {
  const t = useNoticesT();
  const labels = useNoticeLabels();
  const message = useServerMessage();
  const { draft, set, check } = useNoticeDraft(editing);
  const [fields, setFields] = useState<Record<string, string>>({});
  const publish = useAction('notices.publish');
  const edit = useAction('notices.edit');
  const failure = publish.error ?? edit.error;

  const submit = async () => {
    const checked = check();
    setFields(checked.ok ? {} : checked.fields);
    if (!checked.ok) return;
    const envelope = checked.kind === 'publish' ? await publish.run(checked.input) : await edit.run(checked.input);
    if (envelope.ok) onDone(envelope.data.id);
    else if (envelope.error.fields) setFields(envelope.error.fields);
  };

  return (
    <View className='notice-form'>
      <View className='card'>
        <Field label={t('publish.category')} error={fields.category}>
          <View className='chips' role='radiogroup' aria-label={t('publish.category')}>
            {NOTICE_CATEGORIES.map(({ key }) => (
              <View
                key={key}
                role='radio'
                aria-checked={draft.category === key}
                aria-disabled={!!editing}
                className={`chip ${draft.category === key ? 'is-active' : ''}`}
                onClick={() => (editing ? undefined : set('category', key))}
              >
                {labels.category(key)}
              </View>
            ))}
          </View>
        </Field>
        <TextField label={t('publish.heading')} placeholder={t('publish.headingPlaceholder')} value={draft.title} maxLength={TITLE_MAX} onChange={(value) => set('title', value)} error={fields.title} />
        <TextArea label={t('publish.body')} placeholder={t('publish.bodyPlaceholder')} value={draft.body} maxLength={BODY_MAX} onChange={(value) => set('body', value)} error={fields.body} />
        <Field label={t('publish.images')} hint={t('publish.imagesHint')} error={fields.imageIds}>
          <PhotoPicker photos={draft.photos} onChange={(photos) => set('photos', photos)} max={IMAGES_MAX} />
        </Field>
      </View>
      <View className='card'>
        <Field label={t('publish.audience')} error={fields.audience ?? fields['audience.ids']}>
          {editing ? (
            <Text className='muted'>{`${labels.audience(editing.audience)} · ${t('publish.audienceFixed')}`}</Text>
          ) : tree ? (
            <AudiencePicker tree={tree} value={draft.audience} onChange={(audience) => set('audience', audience)} />
          ) : null}
        </Field>
      </View>
      <View className='card'>
        <SwitchRow label={t('publish.pinned')} hint={t('publish.pinnedHint')} checked={draft.pinned} onChange={(value) => set('pinned', value)} />
        {editing ? null : (
          <SwitchRow label={t('publish.important')} hint={t('publish.importantHint')} checked={draft.important} onChange={(value) => set('important', value)} />
        )}
        <WhenFields
          later={editing ? undefined : { on: draft.later, moment: draft.publishAt, onToggle: (on) => set('later', on), onChange: (moment) => set('publishAt', moment), error: fields.publishAt ?? fields.important }}
          expiry={{ on: draft.expires, moment: draft.expiresAt, onToggle: (on) => set('expires', on), onChange: (moment) => set('expiresAt', moment), error: fields.expiresAt }}
        />
      </View>
      {editing ? <Text className='muted actions notice-form__rule'>{t('publish.versionRule')}</Text> : null}
      {failure && !failure.fields ? <Text className='form-error actions'>{message(failure)}</Text> : null}
      <View className='actions'>
        <Button type='primary' block loading={publish.pending || edit.pending} onClick={() => void submit()}>
          {editing ? t('publish.save') : t('publish.submit')}
        </Button>
      </View>
    </View>
  );
}
