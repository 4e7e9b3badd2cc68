// One volunteer on the organiser's sheet: status, check-in and -out (and who did them), the time that would be
// credited, a correction waiting to be confirmed, and what the organiser may do for them now.
import { Text, View } from '@tarojs/components';
import type { AttendanceRow, AttendanceView } from '@/domain/drives/types';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/nutui';
import { useDriveLabels } from '../../labels';
import { useDrivesT } from '../../messages';
import type { Correction } from './CorrectionSheet';

interface Props {
  row: AttendanceRow;
  sheet: AttendanceView;
  correction?: Correction;
  onProxyIn: () => void;
  onProxyOut: () => void;
  onCorrect: () => void;
}

export function Row({ row, sheet, correction, onProxyIn, onProxyOut, onCorrect }: Props) {
  const t = useDrivesT();
  const labels = useDriveLabels();
  const by = (who: AttendanceRow['checkInBy'] | AttendanceRow['checkOutBy']) => (who && who !== 'self' ? t(`by.${who}`) : '');
  const open = !sheet.closed && sheet.phase !== 'ended';
  const minutes = correction?.minutes ?? row.confirmedMinutes;
  return (
    <View className='card attendance-row' aria-label={row.name}>
      <View className='row'>
        <Text className='grow body-text attendance-row__name'>{row.walkIn ? t('hours.walkIn', { name: row.name }) : row.name}</Text>
        <Badge tone={row.status === 'no_show' ? 'warning' : row.status === 'waitlisted' ? 'muted' : 'brand'}>{labels.status(row.status)}</Badge>
      </View>
      {row.checkedInAt !== null ? <Text className='muted'>{[t('hours.in', { when: labels.clock(row.checkedInAt) }), by(row.checkInBy)].filter(Boolean).join(' · ')}</Text> : null}
      {row.checkedOutAt !== null ? <Text className='muted'>{[t('hours.out', { when: labels.clock(row.checkedOutAt) }), by(row.checkOutBy)].filter(Boolean).join(' · ')}</Text> : null}
      {row.checkedInAt !== null ? (
        <Text className='body-text'>
          {minutes !== null
            ? t(row.confirmedMinutes !== null && !correction ? 'hours.confirmedRow' : 'hours.correctedRow', { hours: labels.hours(minutes) })
            : t('hours.computed', { hours: labels.hours(row.computedMinutes) })}
        </Text>
      ) : null}
      {correction || row.reason ? <Text className='muted'>{t('hours.because', { reason: correction?.reason ?? row.reason ?? '' })}</Text> : null}
      <View className='row attendance-row__actions'>
        {open && row.status === 'signed_up' ? (
          <Button size='small' fill='outline' onClick={onProxyIn}>
            {t('hours.proxyIn')}
          </Button>
        ) : null}
        {!sheet.closed && row.status === 'checked_in' ? (
          <Button size='small' fill='outline' onClick={onProxyOut}>
            {t('hours.proxyOut')}
          </Button>
        ) : null}
        {sheet.phase === 'ended' && (row.status === 'checked_out' || row.status === 'checked_in') ? (
          <Button size='small' fill='outline' onClick={onCorrect}>
            {t('hours.correct')}
          </Button>
        ) : null}
      </View>
    </View>
  );
}
