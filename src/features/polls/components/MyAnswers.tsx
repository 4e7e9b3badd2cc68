// The reader's own answers, read back after answering: the chosen options, the score, the text.
import { Text, View } from '@tarojs/components';
import type { Answers, Question } from '@/domain/polls/types';
import { usePollsT } from '../messages';

function answerText(question: Question, answers: Answers, t: ReturnType<typeof usePollsT>): string {
  const value = answers[question.id];
  if (value === undefined || value === '') return t('answer.noAnswer');
  if (question.kind === 'single' && typeof value === 'number') return question.options[value] ?? '';
  if (question.kind === 'multiple' && Array.isArray(value)) return value.map((index) => question.options[index]).join('、');
  if (question.kind === 'rating' && typeof value === 'number') return `${t('rating.score', { n: value })} · ${t(`rating.${value as 1 | 2 | 3 | 4 | 5}`)}`;
  return String(value);
}

export function MyAnswers({ questions, answers }: { questions: readonly Question[]; answers: Answers }) {
  const t = usePollsT();
  return (
    <View className='card my-answers' role='region' aria-label={t('answer.yours')}>
      <Text className='title'>{t('answer.yours')}</Text>
      {questions.map((question, index) => (
        <View key={question.id} className='my-answers__item'>
          <Text className='muted'>{`${index + 1}. ${question.title}`}</Text>
          <Text className='body-text my-answers__value'>{answerText(question, answers, t)}</Text>
        </View>
      ))}
    </View>
  );
}
