// One choice among a few, as large chips (a radio group): species, care acts, conditions, how to adopt.
import { View } from '@tarojs/components';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
}

export interface ChipsProps<V extends string> {
  /** What is being chosen, read out by screen readers. */
  label: string;
  value: V | null;
  options: ReadonlyArray<ChipOption<V>>;
  onChange: (value: V) => void;
  /** A second tap on the chosen chip clears it (for an optional choice). */
  clearable?: boolean;
  onClear?: () => void;
}

export function Chips<V extends string>({ label, value, options, onChange, clearable, onClear }: ChipsProps<V>) {
  return (
    <View className='chips' role='radiogroup' aria-label={label}>
      {options.map((option) => (
        <View
          key={option.value}
          role='radio'
          aria-checked={value === option.value}
          className={`chip ${value === option.value ? 'is-active' : ''}`}
          onClick={() => (clearable && value === option.value ? onClear?.() : onChange(option.value))}
        >
          {option.label}
        </View>
      ))}
    </View>
  );
}
