// The ballot: large choices (yes / no / abstain, or up to K options and abstain), then a confirmation that says
// the vote cannot be changed. Nothing on the screen afterwards shows what was chosen.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { VoteView } from '@/domain/votes/types';
import { Button } from '@/components/nutui';
import { useStepSheet } from '@/components/StepSheet';
import { useCouncilT } from '../../messages';

export function Ballot({ vote, cast }: { vote: VoteView; cast: (choice: string[]) => Promise<string | null> }) {
  const t = useCouncilT();
  const sheet = useStepSheet();
  const [picked, setPicked] = useState<string[]>([]);
  const yesNo = vote.kind === 'yes_no';
  const labelOf = (key: string) => (yesNo || key === 'abstain' ? t(`vote.${key as 'yes' | 'no' | 'abstain'}`) : vote.options.find((option) => option.key === key)?.label ?? key);
  const choices = yesNo ? vote.options.map((option) => option.key) : [...vote.options.map((option) => option.key), 'abstain'];

  const [hint, setHint] = useState(false);
  const toggle = (key: string) => {
    if (yesNo || key === 'abstain') return setPicked([key]);
    const without = picked.filter((pick) => pick !== key && pick !== 'abstain');
    if (picked.includes(key)) return setPicked(without);
    if (without.length < vote.maxChoices) setPicked([...without, key]);
  };
  const submit = () => {
    // Never drawn disabled (a faded button is hard to read): with nothing picked, tapping it says what to do.
    if (!picked.length) return setHint(true);
    setHint(false);
    const choice = picked.includes('abstain') && !yesNo ? [] : picked;
    sheet.ask({ title: t('vote.confirm'), message: t('vote.confirmWhat', { choice: picked.map(labelOf).join('、') }), run: () => cast(choice) });
  };

  return (
    <View className='card'>
      {!yesNo && vote.maxChoices > 1 ? <Text className='muted'>{t('vote.pickUpTo', { count: vote.maxChoices })}</Text> : null}
      <View className='choice-buttons' role='group' aria-label={vote.question}>
        {choices.map((key) => (
          <Button key={key} block fill={picked.includes(key) ? 'solid' : 'outline'} type='primary' aria-pressed={picked.includes(key)} className={`choice-button ${picked.includes(key) ? 'is-active' : ''}`} onClick={() => toggle(key)}>
            {labelOf(key)}
          </Button>
        ))}
      </View>
      <View className='actions'>
        <Button block type='primary' onClick={submit}>
          {t('vote.submit')}
        </Button>
      </View>
      {hint ? <Text className='form-error'>{t('vote.pickFirst')}</Text> : null}
      {sheet.sheet}
    </View>
  );
}
