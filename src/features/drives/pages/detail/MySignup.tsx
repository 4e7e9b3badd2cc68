// The caller's own place: sign up (for a task when there are tasks), the waitlist position, cancel before the
// deadline, and on the day check in and out with the organiser's code (typed, or scanned on WeChat).
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { DriveDetail } from '@/domain/drives/types';
import { TextField } from '@/components/TextField';
import { Button } from '@/components/nutui';
import type { StepRequest } from '@/components/StepSheet';
import { useAction } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import { askForUpdates, useSubscribeTemplates } from '@/services/subscribe';
import { canScan, locationFor, scanToken } from '../../attend';
import { useDriveLabels } from '../../labels';
import { useDrivesT } from '../../messages';
import { VOLUNTEER_UPDATES } from '../../updates';

interface Props {
  drive: DriveDetail;
  reload: () => void;
  ask: (request: StepRequest) => void;
}

export function MySignup({ drive, reload, ask }: Props) {
  const t = useDrivesT();
  const labels = useDriveLabels();
  const message = useServerMessage();
  const signUp = useAction('drives.signUp');
  const cancel = useAction('drives.cancel');
  const mine = drive.mySignup;
  const { can } = drive;
  useSubscribeTemplates(can.signUp);

  const join = (taskKey?: string) => {
    void askForUpdates(VOLUNTEER_UPDATES);
    void signUp.run({ driveId: drive.id, ...(taskKey ? { taskKey } : {}) }).then((envelope) => envelope.ok && reload());
  };
  const pickTask = () =>
    ask({
      title: t('mine.pickTask'),
      choices: drive.tasks.map((task) => ({ value: task.key, label: `${task.name}（${t('detail.taskPlaces', { taken: task.taken, capacity: task.capacity })}）` })),
      run: async ({ choice }) => {
        if (!choice) return 'drive.taskRequired';
        const envelope = await signUp.run({ driveId: drive.id, taskKey: choice });
        if (!envelope.ok) return errorRef(envelope.error);
        reload();
        return null;
      },
    });
  const leave = () =>
    ask({
      title: t('mine.cancel'),
      message: mine?.status === 'waitlisted' ? t('mine.cancelWaitlist') : t('mine.cancelPlace'),
      danger: true,
      run: async () => {
        const envelope = await cancel.run({ driveId: drive.id });
        if (!envelope.ok) return errorRef(envelope.error);
        reload();
        return null;
      },
    });

  const task = mine ? drive.tasks.find((candidate) => candidate.key === mine.taskKey)?.name : undefined;
  // Steps on a sheet show their refusal there; a direct sign-up shows it here.
  const error = drive.tasks.length ? null : signUp.error;
  return (
    <View className='card drive-mine'>
      <Text className='title'>{t('mine.title')}</Text>
      {mine && mine.status !== 'cancelled' ? (
        <View className='drive-mine__status'>
          <Text className='body-text drive-mine__state'>{[labels.status(mine.status), task].filter(Boolean).join(' · ')}</Text>
          {mine.waitlistPosition !== null ? <Text className='body-text'>{t('mine.position', { position: mine.waitlistPosition })}</Text> : null}
          {mine.checkedInAt !== null ? <Text className='muted'>{t('mine.checkedInAt', { when: labels.moment(mine.checkedInAt) })}</Text> : null}
          {mine.checkedOutAt !== null ? <Text className='muted'>{t('mine.checkedOutAt', { when: labels.moment(mine.checkedOutAt) })}</Text> : null}
          {mine.confirmedMinutes !== null ? (
            <Text className='body-text drive-mine__hours'>{t('mine.confirmed', { hours: labels.hours(mine.confirmedMinutes) })}</Text>
          ) : mine.status === 'checked_out' ? (
            <Text className='muted'>{t('mine.awaiting')}</Text>
          ) : null}
        </View>
      ) : (
        <Text className='muted'>{can.signUp ? t('mine.notYet') : t('mine.closed')}</Text>
      )}
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
      <View className='drive-mine__actions'>
        {can.signUp ? (
          <Button type='primary' block loading={signUp.pending} onClick={() => (drive.tasks.length ? pickTask() : join())}>
            {drive.placesLeft > 0 ? t('mine.signUp') : t('mine.joinWaitlist')}
          </Button>
        ) : null}
        {can.cancel ? (
          <Button block fill='outline' onClick={leave}>
            {t('mine.cancel')}
          </Button>
        ) : null}
      </View>
      {can.checkIn || can.checkOut ? <Attend drive={drive} reload={reload} out={can.checkOut} /> : null}
    </View>
  );
}

function Attend({ drive, reload, out }: { drive: DriveDetail; reload: () => void; out: boolean }) {
  const t = useDrivesT();
  const message = useServerMessage();
  const checkIn = useAction('drives.checkIn');
  const checkOut = useAction('drives.checkOut');
  const act = out ? checkOut : checkIn;
  const [code, setCode] = useState('');

  const send = async (by: { by: 'code'; code: string } | { by: 'scan'; token: string }) => {
    const location = await locationFor(drive.place.radiusMeters);
    const envelope = await act.run({ ...by, driveId: drive.id, ...(location ? { location } : {}) });
    if (envelope.ok) {
      setCode('');
      reload();
    }
  };
  const scan = async () => {
    const token = await scanToken();
    if (token) await send({ by: 'scan', token });
  };

  return (
    <View className='drive-attend'>
      <Text className='body-text'>{out ? t('attend.outHint') : t('attend.inHint')}</Text>
      {canScan() ? (
        <Button type='primary' block loading={act.pending} onClick={() => void scan()}>
          {out ? t('attend.scanOut') : t('attend.scanIn')}
        </Button>
      ) : null}
      <TextField label={t('attend.code')} placeholder={t('attend.codePlaceholder')} value={code} maxLength={6} type='number' onChange={setCode} error={act.error?.fields?.code} />
      {act.error && !act.error.fields?.code ? <Text className='form-error'>{message(act.error)}</Text> : null}
      <Button type='primary' fill={canScan() ? 'outline' : 'solid'} block loading={act.pending} onClick={() => void send({ by: 'code', code })}>
        {out ? t('attend.checkOut') : t('attend.checkIn')}
      </Button>
    </View>
  );
}
