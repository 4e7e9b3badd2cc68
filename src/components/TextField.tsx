// The one single-line input of the app (NutUI's Input), inside its Field unless `bare` (e.g. on a sheet).
import type { ComponentProps } from 'react';
import { Field } from './Field';
import { Input } from './nutui';
import './Field.scss';

export interface TextFieldProps {
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
  /** e.g. 'nickname' for WeChat's nickname keyboard. */
  type?: ComponentProps<typeof Input>['type'];
  /** WeChat's nickname suggestion fills the field without an input event; blur carries it. */
  onBlur?: (value: string) => void;
  className?: string;
}

export function TextField({ label, value, onChange, placeholder, maxLength = 100, hint, error, bare, type = 'text', onBlur, className }: TextFieldProps) {
  const control = (
    <Input
      className={`text-field ${className ?? ''}`.trim()}
      aria-label={label}
      type={type}
      value={value}
      placeholder={placeholder ?? label}
      maxLength={maxLength}
      onChange={onChange}
      onBlur={onBlur}
    />
  );
  if (bare) return control;
  return (
    <Field label={label} hint={hint} error={error}>
      {control}
    </Field>
  );
}
