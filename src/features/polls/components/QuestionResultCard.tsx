// One question's count: bars per option, or the average score over the 1–5 spread, or the written comments.
import { Text, View } from '@tarojs/components';
import type { QuestionResult } from '@/domain/polls/types';
import { usePollsT } from '../messages';
import { Bars, type Bar } from './Bars';

function barsOf(result: QuestionResult, unit: 'person' | 'household', t: ReturnType<typeof usePollsT>): Bar[] {
  const count = (n: number, percent: number) => t(unit === 'household' ? 'results.countHousehold' : 'results.countPerson', { count: n, percent });
  if (result.kind === 'single' || result.kind === 'multiple') {
    const top = Math.max(0, ...result.options.map((option) => option.count));
    return result.options.map((option) => ({ label: option.label, percent: option.percent, value: count(option.count, option.percent), lead: top > 0 && option.count === top }));
  }
  if (result.kind === 'rating') {
    return [...result.distribution].reverse().map((step) => ({
      label: `${t('rating.score', { n: step.score })} ${t(`rating.${step.score as 1 | 2 | 3 | 4 | 5}`)}`,
      percent: step.percent,
      value: count(step.count, step.percent),
    }));
  }
  return [];
}

/** `unit` names what the counts count: 户 for a per-household poll, 人 for a per-person one. */
export function QuestionResultCard({ number, result, unit }: { number: number; result: QuestionResult; unit: 'person' | 'household' }) {
  const t = usePollsT();
  const title = `${number}. ${result.title}`;
  return (
    <View className='card question-result'>
      <Text className='title question-result__title'>{title}</Text>
      <Text className='muted'>{t('results.answered', { n: result.answered })}</Text>
      {result.kind === 'rating' ? (
        <Text className='question-result__average'>{result.average === null ? t('results.noAverage') : t('results.average', { score: result.average })}</Text>
      ) : null}
      {result.kind !== 'text' ? <Bars label={title} bars={barsOf(result, unit, t)} /> : null}
      {result.kind === 'text' && result.texts.length ? (
        <View className='question-result__texts' role='list' aria-label={t('results.texts', { n: result.texts.length })}>
          <Text className='muted'>{t('results.texts', { n: result.texts.length })}</Text>
          {result.texts.map((text, index) => (
            <View key={index} className='question-result__text' role='listitem'>
              <Text className='body-text'>{text}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {result.kind === 'text' && !result.texts.length && result.answered ? <Text className='muted'>{t('results.textsHidden', { n: result.answered })}</Text> : null}
    </View>
  );
}
