// 我的志愿: confirmed hours and person-times (人次) in this community, every drive signed up for — hours the
// organiser has not confirmed yet are shown as waiting, never as earned — and the 志愿服务证明.
import { Text, View } from '@tarojs/components';
import type { VolunteerProfile } from '@/domain/drives/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button, Cell } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { DRIVES, openPage } from '@/services/navigation';
import { useDriveLabels } from '../../labels';
import { useDrivesT } from '../../messages';
import '../../drives.scss';

function Record({ profile }: { profile: VolunteerProfile }) {
  const t = useDrivesT();
  const labels = useDriveLabels();
  return (
    <View>
      <View className='card volunteer-totals'>
        <View className='volunteer-totals__item'>
          <Text className='volunteer-totals__number'>{labels.hours(profile.confirmedMinutes)}</Text>
          <Text className='muted'>{t('profile.hours')}</Text>
        </View>
        <View className='volunteer-totals__item'>
          <Text className='volunteer-totals__number'>{profile.personTimes}</Text>
          <Text className='muted'>{t('profile.personTimes')}</Text>
        </View>
      </View>
      {profile.awaitingConfirmation ? <Text className='section-title'>{t('profile.awaiting', { count: profile.awaitingConfirmation })}</Text> : null}
      {profile.personTimes ? (
        <View className='actions'>
          <Button type='primary' block onClick={() => openPage(DRIVES.certificate)}>
            {t('profile.certificate')}
          </Button>
        </View>
      ) : null}
      <Text className='section-title'>{t('profile.drives')}</Text>
      {profile.drives.length ? (
        <Cell.Group className='cells'>
          {profile.drives.map((drive) => (
            <Cell
              key={drive.driveId}
              clickable
              title={drive.title}
              description={[
                labels.kind(drive.kind),
                labels.day(drive.startsAt),
                drive.confirmedMinutes !== null ? t('profile.confirmedHours', { hours: labels.hours(drive.confirmedMinutes) }) : labels.status(drive.status),
              ].join(' · ')}
              onClick={() => openPage(DRIVES.detail(drive.driveId))}
            />
          ))}
        </Cell.Group>
      ) : (
        <Text className='muted actions'>{t('profile.none')}</Text>
      )}
    </View>
  );
}

function Profile() {
  const profile = useCall('drives.profile');
  useReshow(profile.reload);
  return (
    <StateView state={profile.state} onRetry={profile.reload} isEmpty={() => false}>
      {(data) => <Record profile={data} />}
    </StateView>
  );
}

export default function VolunteerProfilePage() {
  const t = useDrivesT();
  return (
    <PageShell title={t('profile.title')}>
      <Profile />
    </PageShell>
  );
}
