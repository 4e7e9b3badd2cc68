// A horizontal bar chart drawn with plain views: one labelled bar per row, its length the row's share.
import { Text, View } from '@tarojs/components';

export interface Bar {
  label: string;
  /** 0–100. */
  percent: number;
  /** What the row says on the right, e.g. "12票 · 40%". */
  value: string;
  /** Marks the largest row. */
  lead?: boolean;
}

export function Bars({ bars, label }: { bars: readonly Bar[]; label: string }) {
  return (
    <View className='bars' role='list' aria-label={label}>
      {bars.map((bar) => (
        <View key={bar.label} className='bars__row' role='listitem' aria-label={`${bar.label} ${bar.value}`}>
          <View className='row bars__head'>
            <Text className='body-text grow bars__label'>{bar.label}</Text>
            <Text className='muted bars__value'>{bar.value}</Text>
          </View>
          <View className='bars__track' aria-hidden='true'>
            <View className={`bars__fill ${bar.lead ? 'bars__fill--lead' : ''}`} style={{ width: `${Math.min(100, Math.max(0, bar.percent))}%` }} />
          </View>
        </View>
      ))}
    </View>
  );
}
