// Asks the committee member for the reason a request is turned down; the applicant reads it in their inbox.
import { useState } from 'react';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { TextArea } from '@/components/TextArea';
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
  const [reason, setReason] = useState('');
  return (
    <ConfirmSheet
      open={open}
      title={t('approvals.reason')}
      message={t('approvals.rejectWhat')}
      danger
      confirmText={t('approvals.confirmReject')}
      cancelText={t('approvals.cancel')}
      pending={pending}
      error={error}
      onConfirm={() => onConfirm(reason)}
      onCancel={onCancel}
    >
      <TextArea bare label={t('approvals.reason')} placeholder={t('approvals.reasonPlaceholder')} value={reason} onChange={setReason} maxLength={100} />
    </ConfirmSheet>
  );
}
