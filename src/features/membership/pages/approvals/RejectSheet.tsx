// Asks the committee member for the reason a request is turned down; the applicant reads it in their inbox.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Popup, TextArea } from '@/components/nutui';
import { useServerMessage } from '@/services/i18n';
import { useMembershipT } from '../../messages';

export interface RejectSheetProps {
  open: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function RejectSheet({ open, pending, error, onConfirm, onCancel }: RejectSheetProps) {
  const t = useMembershipT();
  const message = useServerMessage();
  const [reason, setReason] = useState('');
  return (
    <Popup visible={open} position='bottom' round onClose={onCancel}>
      <View className='reject-sheet' role='dialog' aria-label={t('approvals.reason')}>
        <Text className='title'>{t('approvals.reason')}</Text>
        <TextArea value={reason} onChange={setReason} placeholder={t('approvals.reasonPlaceholder')} maxLength={100} showCount />
        {error ? <Text className='form-error'>{message(error)}</Text> : null}
        <View className='reject-sheet__buttons'>
          <Button className='grow' onClick={onCancel}>
            {t('approvals.cancel')}
          </Button>
          <Button className='grow' type='danger' loading={pending} onClick={() => onConfirm(reason)}>
            {t('approvals.confirmReject')}
          </Button>
        </View>
      </View>
    </Popup>
  );
}
