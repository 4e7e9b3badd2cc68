// 调查结果: the turnout against the audience, then each question's count as bars (and the average score).
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PollResults } from '@/domain/polls/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useCall } from '@/components/useAsync';
import { Button } from '@/components/nutui';
import { Bars } from '../../components/Bars';
import { QuestionResultCard } from '../../components/QuestionResultCard';
import { usePollsT } from '../../messages';
import '../../polls.scss';

// On H5 the page scrolls inside Taro's page element, and Taro's buttons take no keyboard focus: a focusable
// summary lets a keyboard reach and scroll the results. WeChat ignores the attribute.
const keyboardStop = { tabIndex: 0 } as Record<string, unknown>;

function Turnout({ results }: { results: PollResults }) {
  const t = usePollsT();
  const unit = t(results.unit === 'household' ? 'results.unitHousehold' : 'results.unitPerson');
  const percent = results.turnoutPercent === null ? '—' : `${results.turnoutPercent}%`;
  const line = t('results.turnoutLine', { n: results.responses, of: results.audienceSize, unit, percent });
  return (
    <View className='card turnout' role='region' aria-label={t('results.turnout')} {...keyboardStop}>
      <Text className='title'>{results.title}</Text>
      {results.phase === 'open' ? <Text className='muted poll-note--inline'>{t('results.live')}</Text> : null}
      <Text className='turnout__number'>{percent}</Text>
      <Text className='body-text'>{line}</Text>
      <Bars label={t('results.turnout')} bars={[{ label: t('results.turnout'), percent: results.turnoutPercent ?? 0, value: `${results.responses}/${results.audienceSize}` }]} />
    </View>
  );
}

function Results({ pollId }: { pollId: string }) {
  const t = usePollsT();
  const results = useCall('polls.results', { pollId });
  return (
    <StateView state={results.state} onRetry={results.reload} isEmpty={() => false}>
      {(data) => (
        <View>
          <Turnout results={data} />
          {data.questions.map((result, index) => (
            <QuestionResultCard key={result.questionId} number={index + 1} result={result} unit={data.unit} />
          ))}
          <View className='poll-actions'>
            <Button block onClick={() => void Taro.navigateBack()}>
              {t('results.back')}
            </Button>
          </View>
        </View>
      )}
    </StateView>
  );
}

export default function ResultsPage() {
  const t = usePollsT();
  const { params } = useRouter();
  return <PageShell title={t('results.title')} className='polls-page'>{() => <Results pollId={params.id ?? ''} />}</PageShell>;
}
