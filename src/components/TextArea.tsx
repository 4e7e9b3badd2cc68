// The one multi-line input of the app (NutUI's TextArea, with a character count), inside its Field unless `bare`.
import { InField, type TextControlProps } from './Field';
import { TextArea as NutTextArea } from './nutui';
import './Field.scss';

export type TextAreaProps = TextControlProps;

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
  return <InField control={control} label={label} hint={hint} error={error} bare={bare} />;
}
