// Asking before a step, as one call: `ask({ title, message, text?, choices?, danger?, run })` opens a ConfirmSheet;
// `run` gets what was typed and chosen and answers null when done (the sheet closes) or the message to show.
import { useCallback, useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { ConfirmSheet } from './ConfirmSheet';
import { TextArea } from './TextArea';
import { TextField } from './TextField';

export interface StepAnswer {
  text: string;
  choice: string | null;
}

export interface StepRequest {
  title: string;
  /** What will happen. */
  message?: string;
  /** A reason or an id to type; its label is also its placeholder. */
  text?: { label: string; multiline?: boolean; maxLength?: number };
  choices?: ReadonlyArray<{ value: string; label: string }>;
  danger?: boolean;
  confirmText?: string;
  /** Resolves with a message reference to show, or null when done. */
  run: (answer: StepAnswer) => Promise<string | null>;
}

function StepSheet({ request, onClose }: { request: StepRequest; onClose: () => void }) {
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const confirm = async () => {
    setPending(true);
    setError(null);
    const problem = await request.run({ text, choice });
    setPending(false);
    if (problem) setError(problem);
    else onClose();
  };

  const field = request.text;
  return (
    <ConfirmSheet
      open
      title={request.title}
      message={request.message}
      danger={request.danger}
      confirmText={request.confirmText}
      pending={pending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {request.choices ? (
        <View className='chips' role='radiogroup' aria-label={request.title}>
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
      {field?.multiline ? <TextArea bare label={field.label} value={text} onChange={setText} maxLength={field.maxLength} /> : null}
      {field && !field.multiline ? <TextField bare label={field.label} value={text} onChange={setText} maxLength={field.maxLength} /> : null}
    </ConfirmSheet>
  );
}

/** `sheet` goes once into the page; each `ask` opens a fresh sheet (nothing typed carries over). */
export function useStepSheet(): { ask: (request: StepRequest) => void; sheet: ReactNode } {
  const [current, setCurrent] = useState<{ request: StepRequest; round: number } | null>(null);
  const ask = useCallback((request: StepRequest) => setCurrent((prev) => ({ request, round: (prev?.round ?? 0) + 1 })), []);
  const close = useCallback(() => setCurrent(null), []);
  const sheet = current ? <StepSheet key={current.round} request={current.request} onClose={close} /> : null;
  return { ask, sheet };
}
