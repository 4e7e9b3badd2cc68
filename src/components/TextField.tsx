// The one single-line input of the app (NutUI's Input), inside its Field unless `bare` (e.g. on a sheet).
import type { ComponentProps } from 'react';
import { InField, type TextControlProps } from './Field';
import { Input } from './nutui';
import './Field.scss';

export interface TextFieldProps extends TextControlProps {
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
  return <InField control={control} label={label} hint={hint} error={error} bare={bare} />;
}
