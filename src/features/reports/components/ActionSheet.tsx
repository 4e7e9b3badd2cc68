// One bottom sheet for every deliberate step on a case: a plain confirmation, a reason, a case id or a choice.
// The step runs on 确定; a refusal (schema or server) stays on the sheet next to the field.
import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button, Popup } from '@/components/nutui';
import { useServerMessage } from '@/services/i18n';
import { useReportsT } from '../messages';

export interface SheetAnswer {
  text: string;
  choice: string | null;
}

export interface SheetRequest {
  title: string;
  message?: string;
  /** A reason or a case id to type. */
  text?: { label: string; multiline?: boolean };
  choices?: ReadonlyArray<{ value: string; label: string }>;
  danger?: boolean;
  /** Resolves with an error message to show, or null when done. */
  run: (answer: SheetAnswer) => Promise<string | null>;
}

export function ActionSheet({ request, onClose }: { request: SheetRequest | null; onClose: () => void }) {
  const t = useReportsT();
  const message = useServerMessage();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const confirm = async () => {
    if (!request || pending) return;
    setPending(true);
    setError(null);
    const problem = await request.run({ text, choice });
    setPending(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Popup visible={request !== null} position='bottom' round onClose={onClose}>
      {request ? (
        <View className='sheet' role='dialog' aria-label={request.title}>
          <Text className='title'>{request.title}</Text>
          {request.message ? <Text className='body-text'>{request.message}</Text> : null}
          {request.choices ? (
            <View className='sheet__options chips' role='radiogroup'>
              {request.choices.map((option) => (
                <View
                  key={option.value}
                  role='radio'
                  aria-checked={choice === option.value}
                  className={`chip ${choice === option.value ? 'is-active' : ''}`}
                  onClick={() => setChoice(option.value)}
                >
                  {option.label}
                </View>
              ))}
            </View>
          ) : null}
          {request.text?.multiline ? (
            <Textarea
              className='text-input report-form__textarea'
              aria-label={request.text.label}
              placeholder={request.text.label}
              value={text}
              maxlength={200}
              onInput={(e) => setText(e.detail.value)}
            />
          ) : request.text ? (
            <Input
              className='text-input'
              aria-label={request.text.label}
              placeholder={request.text.label}
              value={text}
              onInput={(e) => setText(e.detail.value)}
            />
          ) : null}
          {error ? <Text className='form-error'>{message(error)}</Text> : null}
          <View className='sheet__buttons'>
            <Button className='grow' onClick={onClose}>
              {t('sheet.cancel')}
            </Button>
            <Button className='grow' type={request.danger ? 'danger' : 'primary'} loading={pending} onClick={confirm}>
              {t('sheet.confirm')}
            </Button>
          </View>
        </View>
      ) : null}
    </Popup>
  );
}
