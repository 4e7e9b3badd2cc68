// 发起调查 (committee): title and purpose, whom it asks, how it is answered, the questions; checked with the
// shared schema before it is sent, then the new poll opens.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CreatePollInput } from '@/domain/polls/schemas';
import type { QuestionKind } from '@/domain/polls/types';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nutui';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { useAction } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import { validate } from '@/services/validate';
import { POLLS } from '@/services/navigation';
import { usePollsT } from '../../messages';
import { AudiencePicker } from './AudiencePicker';
import { QuestionEditor } from './QuestionEditor';
import { Settings } from './Settings';
import { toInput, useDraft } from './useDraft';
import '../../polls.scss';

const KINDS: QuestionKind[] = ['single', 'multiple', 'rating', 'text'];

/** The errors of question n, with the `questions.n.` prefix taken off. */
const errorsOf = (fields: Record<string, string>, index: number): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).flatMap(([path, ref]) => (path.startsWith(`questions.${index}.`) ? [[path.slice(`questions.${index}.`.length), ref]] : [])));

function CreateForm({ communityId }: { communityId: string }) {
  const t = usePollsT();
  const message = useServerMessage();
  const { draft, set, setQuestion, addQuestion, removeQuestion, applyTemplate } = useDraft();
  const create = useAction('polls.create');
  const [fields, setFields] = useState<Record<string, string>>({});

  const publish = async () => {
    const checked = validate(CreatePollInput, toInput(draft, Date.now()));
    if (!checked.ok) return setFields(checked.fields);
    setFields({});
    const envelope = await create.run(checked.output);
    if (!envelope.ok) return setFields(envelope.error.fields ?? {});
    void Taro.showToast({ title: t('create.published'), icon: 'success' });
    void Taro.redirectTo({ url: POLLS.answer(envelope.data.id) });
  };

  return (
    <View className='poll-form'>
      <View className='actions'>
        <Button block fill='outline' type='primary' onClick={() => applyTemplate(new Date().getFullYear())}>
          {t('create.template')}
        </Button>
      </View>
      <View className='card poll-form__question'>
        <TextField label={t('create.pollTitle')} placeholder={t('create.pollTitlePlaceholder')} value={draft.title} maxLength={60} error={fields.title} onChange={(title) => set('title', title)} />
        <TextArea label={t('create.description')} placeholder={t('create.descriptionPlaceholder')} value={draft.description} maxLength={500} error={fields.description} onChange={(description) => set('description', description)} />
      </View>
      <AudiencePicker
        communityId={communityId}
        level={draft.audience}
        placeIds={draft.placeIds}
        error={fields.audience ?? fields['audience.ids']}
        onChange={(level, ids) => setDraft(level, ids)}
      />
      <Settings draft={draft} set={set} />
      <Text className='section-title'>{t('create.questions')}</Text>
      {draft.questions.map((question, index) => (
        <QuestionEditor
          key={question.key}
          number={index + 1}
          question={question}
          errors={errorsOf(fields, index)}
          onChange={(patch) => setQuestion(question.key, patch)}
          onRemove={draft.questions.length > 1 ? () => removeQuestion(question.key) : undefined}
        />
      ))}
      {fields.questions ? <Text className='form-error actions'>{message(fields.questions)}</Text> : null}
      <View className='poll-form__chips actions'>
        {KINDS.map((kind) => (
          <Button key={kind} size='small' fill='outline' onClick={() => addQuestion(kind)}>
            {t('create.addQuestion', { kind: t(`create.kind.${kind}`) })}
          </Button>
        ))}
      </View>
      <View className='poll-actions'>
        {create.error && !Object.keys(fields).length ? <View role='alert'><Text className='form-error'>{message(errorRef(create.error))}</Text></View> : null}
        {Object.keys(fields).length ? <View role='alert'><Text className='form-error'>{message(Object.values(fields)[0]!)}</Text></View> : null}
        <Button type='primary' block loading={create.pending} onClick={() => void publish()}>
          {t('create.publish')}
        </Button>
      </View>
    </View>
  );

  function setDraft(level: typeof draft.audience, ids: string[]) {
    set('audience', level);
    set('placeIds', ids);
  }
}

export default function CreatePollPage() {
  const t = usePollsT();
  return <PageShell title={t('create.title')} className='polls-page'>{(session) => <CreateForm communityId={session.membership?.communityId ?? ''} />}</PageShell>;
}
