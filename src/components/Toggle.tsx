// An on/off switch that screen readers announce as one (role switch, its state and name), reachable by keyboard.
// NutUI's Switch carries an invalid `aria-role` and a state on an element without a role, which axe-core refuses.
import { View } from '@tarojs/components';
import './Toggle.scss';

export interface ToggleProps {
  /** The accessible name: what is switched on or off. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

const reachable = { tabIndex: 0 };

export function Toggle({ label, checked, onChange }: ToggleProps) {
  return (
    <View role='switch' aria-checked={checked} aria-label={label} className={`toggle ${checked ? 'is-on' : ''}`} {...reachable} onClick={() => onChange(!checked)}>
      <View className='toggle__knob' />
    </View>
  );
}
