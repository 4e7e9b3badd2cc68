// The sheet before a deliberate step: what it is, what will happen, any field it needs, then 确定 / 取消.
// Destructive steps are drawn in the danger colour; a refusal stays on the sheet, next to the fields.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { Button, Popup } from './nutui';
import './ConfirmSheet.scss';

export interface ConfirmSheetProps {
  open: boolean;
  title: string;
  /** What will happen when it is confirmed. */
  message?: string;
  /** Irreversible or destructive: the confirm button is red. */
  danger?: boolean;
  confirmText?: string;
  cancelText?: string;
  pending?: boolean;
  /** A message reference or a refusal, shown above the buttons. */
  error?: string | ActionErrorBody | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Fields the step needs (a reason, a choice). */
  children?: ReactNode;
}

export function ConfirmSheet({ open, title, message, danger, confirmText, cancelText, pending, error, onConfirm, onCancel, children }: ConfirmSheetProps) {
  const t = useT();
  const render = useServerMessage();
  return (
    <Popup visible={open} position='bottom' round onClose={onCancel}>
      {open ? (
        <View className={`confirm-sheet ${danger ? 'confirm-sheet--danger' : ''}`} role='dialog' aria-label={title}>
          <Text className='title confirm-sheet__title'>{title}</Text>
          {message ? <Text className='body-text'>{message}</Text> : null}
          {children}
          {error ? (
            <View role='alert'>
              <Text className='form-error'>{render(error)}</Text>
            </View>
          ) : null}
          <View className='confirm-sheet__buttons'>
            <Button className='grow' onClick={onCancel}>
              {cancelText ?? t('sheet.cancel')}
            </Button>
            <Button className='grow' type={danger ? 'danger' : 'primary'} loading={pending} onClick={() => !pending && onConfirm()}>
              {confirmText ?? t('sheet.confirm')}
            </Button>
          </View>
        </View>
      ) : null}
    </Popup>
  );
}
