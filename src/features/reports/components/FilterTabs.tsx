// A row of large segmented choices (全部 / 处理中 / 已办结 …), easy to hit for elderly thumbs.
import { View } from '@tarojs/components';

export interface FilterTabsProps<V extends string> {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  label?: string;
}

export function FilterTabs<V extends string>({ value, options, onChange, label }: FilterTabsProps<V>) {
  return (
    <View className='filter-tabs' role='tablist' aria-label={label}>
      {options.map((option) => (
        <View
          key={option.value}
          role='tab'
          aria-selected={option.value === value}
          className={`filter-tabs__tab ${option.value === value ? 'is-active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </View>
  );
}
