// The one multi-line input of the app (NutUI's TextArea, with a character count), inside its Field unless `bare`.
import { Field } from './Field';
import { TextArea as NutTextArea } from './nutui';
import './Field.scss';

export interface TextAreaProps {
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

export function TextArea({ label, value, onChange, placeholder, maxLength = 200, hint, error, bare }: TextAreaProps) {
  const control = (
    <NutTextArea
      className='text-area'
      aria-label={label}
      value={value}
      placeholder={placeholder ?? label}
      maxLength={maxLength}
      showCount
      autoSize
      onChange={onChange}
    />
  );
  if (bare) return control;
  return (
    <Field label={label} hint={hint} error={error}>
      {control}
    </Field>
  );
}
