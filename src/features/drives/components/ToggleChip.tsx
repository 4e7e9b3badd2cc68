// An on/off choice drawn as one chip with a checkbox role (NutUI's Switch writes ARIA attributes the browser
// does not know on H5, which screen readers then ignore).
import { View } from '@tarojs/components';

export function ToggleChip({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <View role='checkbox' aria-checked={checked} className={`chip toggle-chip ${checked ? 'is-active' : ''}`} onClick={() => onChange(!checked)}>
      {checked ? `✓ ${label}` : label}
    </View>
  );
}
