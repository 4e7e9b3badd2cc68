// A published count: the outcome, turnout against the electorate, each choice, and every statutory test with
// what it needed — by owners and area for owners' votes. The percentages are display; the outcome is exact.
import { Text, View } from '@tarojs/components';
import type { Figures, TallyResult, TestResult } from '@/domain/votes/tally';
import type { VoteOption } from '@/domain/votes/types';
import { useCouncilLabels, percentText } from '../labels';
import { useCouncilT } from '../messages';

const pct = (part: number, whole: number): string => percentText(whole ? (part * 100) / whole : 0);

function FiguresText({ part, whole }: { part: Figures; whole: Figures }) {
  const t = useCouncilT();
  if (whole.area !== undefined && whole.owners !== undefined) {
    return (
      <View className='stack'>
        <Text className='body-text'>{t('result.owners', { part: part.owners ?? 0, whole: whole.owners, percent: pct(part.owners ?? 0, whole.owners) })}</Text>
        <Text className='body-text'>{t('result.area', { part: (part.area ?? 0).toFixed(2), whole: whole.area.toFixed(2), percent: pct(part.area ?? 0, whole.area) })}</Text>
      </View>
    );
  }
  return <Text className='body-text'>{t('result.voters', { part: part.voters, whole: whole.voters, percent: pct(part.voters, whole.voters) })}</Text>;
}

function Tests({ title, tests }: { title: string; tests: TestResult[] }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  return (
    <View className='stack'>
      <Text className='body-text'>{title}</Text>
      {tests.map((test, index) => (
        <Text key={index} className='muted'>
          {test.of === 'area' ? t('result.area', { part: test.part.toFixed(2), whole: test.whole.toFixed(2), percent: percentText(test.percent) }) : test.of === 'owners' ? t('result.owners', { part: test.part, whole: test.whole, percent: percentText(test.percent) }) : t('result.voters', { part: test.part, whole: test.whole, percent: percentText(test.percent) })}
          {' · '}
          {t('result.need', { need: labels.share(test.share) })} · {test.met ? t('result.met') : t('result.notMet')}
        </Text>
      ))}
    </View>
  );
}

export function ResultCard({ result, options }: { result: TallyResult; options: VoteOption[] }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  const nameOf = (key: string): string => {
    if (key === 'yes' || key === 'no' || key === 'abstain') return t(`vote.${key}`);
    return options.find((option) => option.key === key)?.label ?? key;
  };
  return (
    <View className='card' aria-label={t('result.title')}>
      <Text className='title'>{t('result.title')}</Text>
      <Text className={`outcome outcome--${result.outcome}`}>{labels.outcome(result.outcome)}</Text>
      <View className='result-line'>
        <Text className='body-text'>{t('result.takingPart')}</Text>
        <FiguresText part={result.takingPart} whole={result.electorate} />
      </View>
      <Text className='body-text'>{t('result.counts')}</Text>
      {Object.entries(result.counts).map(([key, figures]) => (
        <View key={key} className='result-line'>
          <Text className='body-text'>{nameOf(key)}</Text>
          <FiguresText part={figures} whole={result.takingPart} />
        </View>
      ))}
      <Tests title={t('result.quorum')} tests={result.quorum.tests} />
      <Tests title={t('result.threshold')} tests={result.threshold.tests} />
      {result.adopted?.length ? <Text className='body-text'>{t('result.adopted', { options: result.adopted.map(nameOf).join('、') })}</Text> : null}
      <Text className='muted'>{t('result.source', { source: result.source })}</Text>
    </View>
  );
}
