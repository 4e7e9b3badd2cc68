// Correcting one volunteer's time before confirming: minutes (never past the window) and the reason, checked with
// the cloud's own schema.
import { useState } from 'react';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { TextField } from '@/components/TextField';
import type { AttendanceRow } from '@/domain/drives/types';
import { useDrivesT } from '../../messages';

export interface Correction {
  minutes: number;
  reason: string;
}

interface Props {
  row: AttendanceRow;
  windowMinutes: number;
  onSave: (correction: Correction) => void;
  onCancel: () => void;
}

export function CorrectionSheet({ row, windowMinutes, onSave, onCancel }: Props) {
  const t = useDrivesT();
  const [minutes, setMinutes] = useState(String(row.confirmedMinutes ?? row.computedMinutes));
  const [reason, setReason] = useState(row.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 0) return setError('drive.minutes');
    if (value > windowMinutes) return setError(`drive.hoursOverWindow?max=${windowMinutes}`);
    if (!reason.trim()) return setError('drive.correctionReason');
    onSave({ minutes: value, reason: reason.trim() });
  };
  return (
    <ConfirmSheet open title={t('hours.correctTitle', { name: row.name })} message={t('hours.correctHint', { max: windowMinutes })} error={error} onConfirm={save} onCancel={onCancel}>
      <TextField bare label={t('hours.minutes')} type='number' value={minutes} maxLength={4} onChange={setMinutes} />
      <TextField bare label={t('hours.reason')} value={reason} maxLength={100} onChange={setReason} />
    </ConfirmSheet>
  );
}
