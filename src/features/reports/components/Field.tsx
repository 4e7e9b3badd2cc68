// A form field: its visible label, the control, and the schema's message right under it.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useServerMessage } from '@/services/i18n';

export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  const message = useServerMessage();
  return (
    <View className='report-field'>
      <View className='row report-field__head'>
        <Text className='body-text report-field__label'>{label}</Text>
        {hint ? <Text className='muted report-field__hint'>{hint}</Text> : null}
      </View>
      {children}
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
    </View>
  );
}
