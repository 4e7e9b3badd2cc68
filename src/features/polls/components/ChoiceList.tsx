// Options as large rows to tap (elder-friendly): a radio group for a single choice, checkboxes for several.
import { Text, View } from '@tarojs/components';

export interface ChoiceListProps {
  label: string;
  options: readonly string[];
  selected: readonly number[];
  multiple: boolean;
  /** Over this many, further options cannot be ticked. */
  max?: number;
  onChange: (selected: number[]) => void;
}

export function ChoiceList({ label, options, selected, multiple, max, onChange }: ChoiceListProps) {
  const toggle = (index: number) => {
    if (!multiple) return onChange([index]);
    if (selected.includes(index)) return onChange(selected.filter((chosen) => chosen !== index));
    if (max !== undefined && selected.length >= max) return;
    onChange([...selected, index].sort((a, b) => a - b));
  };
  return (
    <View className='choice-list' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((option, index) => {
        const on = selected.includes(index);
        return (
          <View
            key={option}
            className={`choice-list__option ${on ? 'is-on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            aria-label={option}
            onClick={() => toggle(index)}
          >
            <View className={`choice-list__mark ${multiple ? 'choice-list__mark--box' : ''}`} aria-hidden='true'>
              {on ? '✓' : ''}
            </View>
            <Text className='body-text grow'>{option}</Text>
          </View>
        );
      })}
    </View>
  );
}
