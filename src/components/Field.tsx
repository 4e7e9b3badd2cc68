// A form field: its visible label (and hint), the control, and the first problem with it right under it.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useServerMessage } from '@/services/i18n';
import './Field.scss';

export interface FieldProps {
  label: string;
  hint?: string;
  /** A message reference (from the shared schema or the server), rendered in the reader's language. */
  error?: string | null;
  children: ReactNode;
}

/** What every text control of the kit takes: its label, value and change, and how its Field shows it. */
export interface TextControlProps {
  /** Visible label, and the control's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  hint?: string;
  error?: string | null;
  /** Only the control: the label is then its accessible name and placeholder. */
  bare?: boolean;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const message = useServerMessage();
  return (
    <View className='field'>
      <View className='row field__head'>
        <Text className='body-text field__label'>{label}</Text>
        {hint ? <Text className='muted field__hint'>{hint}</Text> : null}
      </View>
      {children}
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
    </View>
  );
}

/** The control inside its Field, or alone when `bare`. */
export function InField({ control, label, hint, error, bare }: Pick<TextControlProps, 'label' | 'hint' | 'error' | 'bare'> & { control: ReactNode }) {
  if (bare) return <>{control}</>;
  return (
    <Field label={label} hint={hint} error={error}>
      {control}
    </Field>
  );
}
