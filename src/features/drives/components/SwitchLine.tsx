// One on/off choice on its own line: what it switches, then the kit's Toggle (named by the same words).
import { Text, View } from '@tarojs/components';
import { Toggle } from '@/components/Toggle';

export function SwitchLine({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <View className='row switch-line'>
      <Text className='grow body-text'>{label}</Text>
      <Toggle label={label} checked={checked} onChange={onChange} />
    </View>
  );
}
