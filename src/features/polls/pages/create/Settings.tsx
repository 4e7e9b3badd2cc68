// How the poll is answered and published: per person or household, anonymous or named, results when, for how long.
import { Text, View } from '@tarojs/components';
import { Chips } from '../../components/Chips';
import { usePollsT } from '../../messages';
import type { Draft } from './useDraft';

const DURATIONS = [3, 7, 14, 30] as const;

export function Settings({ draft, set }: { draft: Draft; set: <K extends keyof Draft>(field: K, value: Draft[K]) => void }) {
  const t = usePollsT();
  return (
    <View className='card poll-form__question'>
      <Text className='title'>{t('create.unit')}</Text>
      <Chips
        label={t('create.unit')}
        chips={[
          { value: 'person', label: t('poll.perPerson') },
          { value: 'household', label: t('poll.perHousehold') },
        ]}
        selected={[draft.unit]}
        onChange={([unit]) => unit && set('unit', unit)}
      />
      <Text className='title'>{t('create.identity')}</Text>
      <Chips
        label={t('create.identity')}
        chips={[
          { value: 'anonymous', label: t('poll.anonymous') },
          { value: 'named', label: t('poll.named') },
        ]}
        selected={[draft.anonymous ? 'anonymous' : 'named']}
        onChange={([identity]) => identity && set('anonymous', identity === 'anonymous')}
      />
      {draft.anonymous ? <Text className='muted'>{t('create.anonymousHint')}</Text> : null}
      <Text className='title'>{t('create.results')}</Text>
      <Chips
        label={t('create.results')}
        chips={[
          { value: 'afterClose', label: t('create.resultsAfterClose') },
          { value: 'live', label: t('create.resultsLive') },
        ]}
        selected={[draft.results]}
        onChange={([results]) => results && set('results', results)}
      />
      <Text className='title'>{t('create.duration')}</Text>
      <Chips label={t('create.duration')} chips={DURATIONS.map((n) => ({ value: n, label: t('create.days', { n }) }))} selected={[draft.days]} onChange={([days]) => days && set('days', days)} />
    </View>
  );
}
