// A row of choices drawn as chips (one chosen, or several with `multiple`), each a radio or checkbox for assistive tech.
import { View } from '@tarojs/components';

interface ChipsProps<V extends string | number> {
  label: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | readonly V[];
  onChange: (value: V) => void;
  multiple?: boolean;
}

export function Chips<V extends string | number>({ label, options, value, onChange, multiple }: ChipsProps<V>) {
  const chosen = (option: V) => (Array.isArray(value) ? value.includes(option) : value === option);
  return (
    <View className='chips' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((option) => (
        <View
          key={String(option.value)}
          role={multiple ? 'checkbox' : 'radio'}
          aria-checked={chosen(option.value)}
          className={`chip ${chosen(option.value) ? 'is-active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </View>
  );
}
