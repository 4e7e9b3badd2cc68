// A row of large choices above a list (全部 / 处理中 / 已办结 …) on NutUI's Tabs; the list itself is drawn below.
import { View } from '@tarojs/components';
import { Tabs } from './nutui';
import './FilterTabs.scss';

export interface FilterTabsProps<V extends string> {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  label?: string;
}

export function FilterTabs<V extends string>({ value, options, onChange, label }: FilterTabsProps<V>) {
  return (
    <View className='filter-tabs' aria-label={label}>
      <Tabs value={value} activeType='button' align='left' duration={0} onChange={(picked) => onChange(String(picked) as V)}>
        {options.map((option) => (
          <Tabs.TabPane key={option.value} title={option.label} value={option.value} />
        ))}
      </Tabs>
    </View>
  );
}
