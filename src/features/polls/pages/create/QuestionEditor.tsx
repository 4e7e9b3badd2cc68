// One question being written: its text, its options (add, remove) and, for several choices, how many may be picked.
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/nutui';
import { TextField } from '@/components/TextField';
import { MAX_OPTIONS } from '@/domain/polls/schemas';
import { useServerMessage } from '@/services/i18n';
import { Chips } from '../../components/Chips';
import { usePollsT } from '../../messages';
import type { DraftQuestion } from './useDraft';

export interface QuestionEditorProps {
  number: number;
  question: DraftQuestion;
  /** Field path → message reference, for this question only (e.g. 'options.1'). */
  errors: Record<string, string>;
  onChange: (patch: Partial<DraftQuestion>) => void;
  onRemove?: () => void;
}

export function QuestionEditor({ number, question, errors, onChange, onRemove }: QuestionEditorProps) {
  const t = usePollsT();
  const message = useServerMessage();
  const hasOptions = question.kind === 'single' || question.kind === 'multiple';
  const setOption = (index: number, label: string) => onChange({ options: question.options.map((option, at) => (at === index ? label : option)) });
  const optionsError = errors.options;
  return (
    <View className='card poll-form__question'>
      <View className='row'>
        <Text className='title grow'>{`${t('create.question', { n: number })} · ${t(`create.kind.${question.kind}`)}`}</Text>
        {onRemove ? (
          <Button size='small' fill='none' onClick={onRemove}>
            {t('create.removeQuestion')}
          </Button>
        ) : null}
      </View>
      <TextField label={t('create.questionTitle')} value={question.title} maxLength={100} error={errors.title} onChange={(title) => onChange({ title })} />
      {hasOptions
        ? question.options.map((option, index) => (
            <View key={index} className='row poll-form__option'>
              <View className='grow'>
                <TextField label={t('create.option', { n: index + 1 })} value={option} maxLength={40} error={errors[`options.${index}`]} onChange={(label) => setOption(index, label)} />
              </View>
              {question.options.length > 2 ? (
                <Button size='small' fill='none' aria-label={`${t('create.removeOption')} ${index + 1}`} onClick={() => onChange({ options: question.options.filter((_, at) => at !== index) })}>
                  ×
                </Button>
              ) : null}
            </View>
          ))
        : null}
      {optionsError ? <Text className='form-error'>{message(optionsError)}</Text> : null}
      {hasOptions && question.options.length < MAX_OPTIONS ? (
        <Button size='small' fill='outline' onClick={() => onChange({ options: [...question.options, ''] })}>
          {t('create.addOption')}
        </Button>
      ) : null}
      {question.kind === 'multiple' ? (
        <View>
          <Text className='muted'>{t('create.maxChoices')}</Text>
          <Chips
            label={t('create.maxChoices')}
            chips={question.options.map((_, index) => ({ value: index + 1, label: String(index + 1) }))}
            selected={[question.maxChoices]}
            onChange={([max]) => max !== undefined && onChange({ maxChoices: max })}
          />
          {errors.maxChoices ? <Text className='form-error'>{message(errors.maxChoices)}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
