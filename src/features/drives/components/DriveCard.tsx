// One drive in a list: cover, kind, title, when, where, places left and the caller's own status; tap opens it.
import { Image, Text, View } from '@tarojs/components';
import type { DriveCard as Card } from '@/domain/drives/types';
import { Badge } from '@/components/Badge';
import { DRIVES, openPage } from '@/services/navigation';
import { useDriveLabels } from '../labels';
import { useDrivesT } from '../messages';

export function DriveCard({ drive }: { drive: Card }) {
  const t = useDrivesT();
  const labels = useDriveLabels();
  const full = drive.placesLeft === 0;
  return (
    <View className='card drive-card' role='link' onClick={() => openPage(DRIVES.detail(drive.id))}>
      {drive.coverUrl ? <Image className='drive-card__cover' src={drive.coverUrl} mode='aspectFill' /> : null}
      <View className='row drive-card__head'>
        <Badge tone='muted'>{labels.kind(drive.kind)}</Badge>
        {drive.mine && drive.mine !== 'cancelled' ? <Badge tone='brand'>{labels.status(drive.mine)}</Badge> : null}
        {drive.phase === 'ongoing' ? <Badge tone='warning'>{t('phase.ongoing')}</Badge> : null}
      </View>
      <Text className='title drive-card__title'>{drive.title}</Text>
      <Text className='body-text'>{labels.window(drive.startsAt, drive.endsAt)}</Text>
      <Text className='muted'>{[drive.address, drive.team].filter(Boolean).join(' · ')}</Text>
      <View className='row drive-card__foot'>
        <Text className={`body-text ${full ? 'drive-card__full' : 'drive-card__left'}`}>
          {full ? t('card.full') : t('card.placesLeft', { left: drive.placesLeft, capacity: drive.capacity })}
        </Text>
        {drive.caseCount ? <Text className='muted'>{t('card.cases', { count: drive.caseCount })}</Text> : null}
      </View>
    </View>
  );
}
