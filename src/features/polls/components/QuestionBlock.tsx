// One question to answer: its number and title, whether it must be answered, its control, and its problem.
import { Text, View } from '@tarojs/components';
import type { AnswerValue, Question } from '@/domain/polls/types';
import { TEXT_ANSWER_MAX } from '@/domain/polls/schemas';
import { useServerMessage } from '@/services/i18n';
import { TextArea } from '@/components/nutui';
import { usePollsT } from '../messages';
import { ChoiceList } from './ChoiceList';
import { RatingPicker } from './RatingPicker';

export interface QuestionBlockProps {
  number: number;
  question: Question;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue) => void;
}

const asList = (value: AnswerValue | undefined): number[] => (Array.isArray(value) ? value : typeof value === 'number' ? [value] : []);

export function QuestionBlock({ number, question, value, error, onChange }: QuestionBlockProps) {
  const t = usePollsT();
  const message = useServerMessage();
  const label = `${number}. ${question.title}`;
  const note = [question.required ? t('answer.required') : t('answer.optional'), question.kind === 'multiple' ? t('answer.pickUpTo', { n: question.maxChoices }) : ''].filter(Boolean).join(' · ');
  return (
    <View className={`card question ${error ? 'question--error' : ''}`}>
      <Text className='title question__title'>{label}</Text>
      <Text className='muted question__note'>{note}</Text>
      {question.kind === 'single' ? (
        <ChoiceList label={label} options={question.options} selected={asList(value)} multiple={false} onChange={([index]) => index !== undefined && onChange(index)} />
      ) : null}
      {question.kind === 'multiple' ? (
        <ChoiceList label={label} options={question.options} selected={asList(value)} multiple max={question.maxChoices} onChange={onChange} />
      ) : null}
      {question.kind === 'rating' ? <RatingPicker label={label} value={typeof value === 'number' ? value : undefined} onChange={onChange} /> : null}
      {question.kind === 'text' ? (
        <TextArea
          className='text-area question__text'
          aria-label={label}
          value={typeof value === 'string' ? value : ''}
          placeholder={t('answer.textPlaceholder')}
          maxLength={TEXT_ANSWER_MAX}
          showCount
          autoSize
          onChange={onChange}
        />
      ) : null}
      {error ? (
        <View role='alert'>
          <Text className='form-error'>{message(error)}</Text>
        </View>
      ) : null}
    </View>
  );
}
