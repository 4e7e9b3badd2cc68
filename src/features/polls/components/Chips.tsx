// A short row of choices drawn as large chips: one of them (radio) or any of them (checkboxes).
import { Text, View } from '@tarojs/components';

export interface Chip<V extends string | number> {
  value: V;
  label: string;
}

export interface ChipsProps<V extends string | number> {
  label: string;
  chips: ReadonlyArray<Chip<V>>;
  selected: readonly V[];
  multiple?: boolean;
  onChange: (selected: V[]) => void;
}

export function Chips<V extends string | number>({ label, chips, selected, multiple, onChange }: ChipsProps<V>) {
  const toggle = (value: V) => {
    if (!multiple) return onChange([value]);
    onChange(selected.includes(value) ? selected.filter((chosen) => chosen !== value) : [...selected, value]);
  };
  return (
    <View className='poll-form__chips' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {chips.map((chip) => {
        const on = selected.includes(chip.value);
        return (
          <View key={String(chip.value)} className={`poll-form__chip ${on ? 'is-on' : ''}`} role={multiple ? 'checkbox' : 'radio'} aria-checked={on} onClick={() => toggle(chip.value)}>
            <Text>{chip.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
