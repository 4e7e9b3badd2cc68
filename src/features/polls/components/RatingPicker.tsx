// A 1–5 satisfaction score as five large buttons, each with its word (很不满意 … 很满意).
import { Text, View } from '@tarojs/components';
import { usePollsT } from '../messages';

const SCORES = [1, 2, 3, 4, 5] as const;

export function RatingPicker({ label, value, onChange }: { label: string; value: number | undefined; onChange: (score: number) => void }) {
  const t = usePollsT();
  return (
    <View className='rating-picker' role='radiogroup' aria-label={label}>
      {SCORES.map((score) => (
        <View
          key={score}
          className={`rating-picker__score ${value === score ? 'is-on' : ''}`}
          role='radio'
          aria-checked={value === score}
          aria-label={`${score} ${t(`rating.${score}`)}`}
          onClick={() => onChange(score)}
        >
          <Text className='rating-picker__number'>{score}</Text>
          <Text className='rating-picker__word'>{t(`rating.${score}`)}</Text>
        </View>
      ))}
    </View>
  );
}
