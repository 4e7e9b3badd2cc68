// 签到与时长: who signed up and came, 代签 and 代签退, and after the drive the batch confirmation of hours with
// per-person corrections and their reasons; the 签到表 exports as .xlsx or CSV.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AttendanceRow, AttendanceView } from '@/domain/drives/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { saveFile } from '../../download';
import { useDriveLabels } from '../../labels';
import { useDrivesT } from '../../messages';
import { CorrectionSheet, type Correction } from './CorrectionSheet';
import { Row } from './Row';
import '../../drives.scss';

// Taro's View types omit tabIndex; the browser build passes it on to the element (WeChat has no keyboard focus).
const FOCUSABLE = { tabIndex: 0 } as object;

function Sheet({ sheet, reload }: { sheet: AttendanceView; reload: () => void }) {
  const t = useDrivesT();
  const labels = useDriveLabels();
  const message = useServerMessage();
  const proxyIn = useAction('drives.proxyCheckIn');
  const proxyOut = useAction('drives.proxyCheckOut');
  const confirm = useAction('drives.confirmHours');
  const exportSheet = useAction('drives.sheet');
  const [corrections, setCorrections] = useState<Record<string, Correction>>({});
  const [correcting, setCorrecting] = useState<AttendanceRow | null>(null);
  const driveId = sheet.driveId;

  const after = (ok: boolean) => ok && reload();
  const confirmAll = async () => {
    const list = Object.entries(corrections).map(([signupId, correction]) => ({ signupId, ...correction }));
    const envelope = await confirm.run({ driveId, corrections: list });
    if (envelope.ok) {
      setCorrections({});
      void Taro.showToast({ title: t('hours.confirmedToast', { count: envelope.data.confirmed }), icon: 'success' });
      reload();
    }
  };
  const download = async (format: 'xlsx' | 'csv') => {
    const envelope = await exportSheet.run({ driveId, format });
    if (envelope.ok) await saveFile(envelope.data);
  };

  const attended = sheet.rows.filter((row) => row.checkedInAt !== null).length;
  const error = proxyIn.error ?? proxyOut.error ?? confirm.error ?? exportSheet.error;
  return (
    <View>
      <View className='card drive-facts'>
        <Text className='title'>{sheet.title}</Text>
        <Text className='body-text attendance-head'>{labels.window(sheet.startsAt, sheet.endsAt)}</Text>
        <Text className='muted'>{t('hours.summary', { signedUp: sheet.rows.filter((row) => row.status !== 'waitlisted').length, attended })}</Text>
        {sheet.hoursConfirmedAt !== null ? <Text className='muted'>{t('hours.confirmedAt', { when: labels.moment(sheet.hoursConfirmedAt) })}</Text> : null}
        {sheet.phase !== 'ended' ? <Text className='muted'>{t('hours.afterEnd')}</Text> : null}
      </View>
      {/* A focusable region: the rows scroll, and keyboards must reach them. */}
      <View role='region' aria-label={t('hours.rows')} {...FOCUSABLE}>
      {sheet.rows.map((row) => (
        <Row
          key={row.signupId}
          row={row}
          sheet={sheet}
          correction={corrections[row.signupId]}
          onProxyIn={() => void proxyIn.run({ who: 'signup', driveId, signupId: row.signupId }).then((envelope) => after(envelope.ok))}
          onProxyOut={() => void proxyOut.run({ driveId, signupId: row.signupId }).then((envelope) => after(envelope.ok))}
          onCorrect={() => setCorrecting(row)}
        />
      ))}
      </View>
      {error ? <Text className='form-error actions'>{message(error)}</Text> : null}
      <View className='actions drive-manage__buttons'>
        {sheet.phase === 'ended' ? (
          <Button type='primary' block loading={confirm.pending} onClick={() => void confirmAll()}>
            {t('hours.confirm')}
          </Button>
        ) : null}
        <Button block fill='outline' loading={exportSheet.pending} onClick={() => void download('xlsx')}>
          {t('hours.exportXlsx')}
        </Button>
        <Button block fill='outline' onClick={() => void download('csv')}>
          {t('hours.exportCsv')}
        </Button>
      </View>
      {correcting ? (
        <CorrectionSheet
          row={correcting}
          windowMinutes={sheet.windowMinutes}
          onCancel={() => setCorrecting(null)}
          onSave={(correction) => {
            setCorrections((prev) => ({ ...prev, [correcting.signupId]: correction }));
            setCorrecting(null);
          }}
        />
      ) : null}
    </View>
  );
}

function Attendance({ driveId }: { driveId: string }) {
  const attendance = useCall('drives.attendance', { driveId });
  return (
    <StateView state={attendance.state} onRetry={attendance.reload} isEmpty={() => false}>
      {(sheet) => <Sheet sheet={sheet} reload={attendance.reload} />}
    </StateView>
  );
}

export default function AttendancePage() {
  const t = useDrivesT();
  const { params } = useRouter();
  const driveId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('hours.title')}>{driveId ? <Attendance driveId={driveId} /> : null}</PageShell>;
}
