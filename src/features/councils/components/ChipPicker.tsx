// One choice among a few, as large chips (a radio group): scope, rule, channel, day.
import { View } from '@tarojs/components';

export interface ChipPickerProps<V extends string> {
  label: string;
  value: V | null;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}

export function ChipPicker<V extends string>({ label, value, options, onChange }: ChipPickerProps<V>) {
  return (
    <View className='chips' role='radiogroup' aria-label={label}>
      {options.map((option) => (
        <View key={option.value} role='radio' aria-checked={value === option.value} className={`chip ${value === option.value ? 'is-active' : ''}`} onClick={() => onChange(option.value)}>
          {option.label}
        </View>
      ))}
    </View>
  );
}
