// What the drive is: kind, title, when, where, who organises it, what to bring, and its places per task.
import { Image, Text, View } from '@tarojs/components';
import type { DriveDetail } from '@/domain/drives/types';
import { Badge } from '@/components/Badge';
import { useDriveLabels } from '../../labels';
import { useDrivesT } from '../../messages';

export function Summary({ drive }: { drive: DriveDetail }) {
  const t = useDrivesT();
  const labels = useDriveLabels();
  return (
    <View className='card drive-summary'>
      {drive.coverUrl ? <Image className='drive-summary__cover' src={drive.coverUrl} mode='aspectFill' /> : null}
      <View className='row drive-card__head'>
        <Badge tone='muted'>{labels.kind(drive.kind)}</Badge>
        {drive.phase !== 'upcoming' ? <Badge tone={drive.phase === 'ongoing' ? 'warning' : 'muted'}>{t(`phase.${drive.phase}`)}</Badge> : null}
      </View>
      <Text className='title drive-summary__title'>{drive.title}</Text>
      <View className='drive-facts'>
        <Text className='body-text'>{t('detail.when', { when: labels.window(drive.startsAt, drive.endsAt) })}</Text>
        <Text className='body-text'>{t('detail.where', { where: drive.place.address })}</Text>
        <Text className='body-text'>{t('detail.organiser', { name: [drive.team, drive.organiserName].filter(Boolean).join(' · ') })}</Text>
        <Text className='muted'>{t('detail.deadline', { when: labels.moment(drive.signUpBy) })}</Text>
        {drive.place.radiusMeters !== null ? <Text className='muted'>{t('detail.geofence', { meters: drive.place.radiusMeters })}</Text> : null}
        {drive.bring ? <Text className='body-text'>{t('detail.bring', { what: drive.bring })}</Text> : null}
      </View>
      {drive.description ? <Text className='body-text drive-summary__desc'>{drive.description}</Text> : null}
      <Places drive={drive} />
    </View>
  );
}

function Places({ drive }: { drive: DriveDetail }) {
  const t = useDrivesT();
  const taken = drive.capacity - drive.placesLeft;
  return (
    <View className='drive-places'>
      <Text className='body-text drive-places__total'>{t('detail.places', { taken, capacity: drive.capacity })}</Text>
      {drive.waitlisted ? <Text className='muted'>{t('detail.waitlisted', { count: drive.waitlisted })}</Text> : null}
      {drive.tasks.map((task) => (
        <View key={task.key} className='row drive-places__task'>
          <Text className='grow body-text'>{task.name}</Text>
          <Text className='muted'>{t('detail.taskPlaces', { taken: task.taken, capacity: task.capacity })}</Text>
        </View>
      ))}
    </View>
  );
}
