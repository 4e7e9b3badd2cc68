// The doors of one building where nobody has read the notice yet, loaded when the grid worker opens the building.
import { Text, View } from '@tarojs/components';
import { StateView } from '@/components/StateView';
import { useCall } from '@/components/useAsync';
import { useT } from '@/services/messages';
import { useNoticesT } from '../../messages';

export function UnreadDoors({ noticeId, buildingId, buildingName }: { noticeId: string; buildingId: string; buildingName: string }) {
  const t = useNoticesT();
  const shell = useT();
  const doors = useCall('notices.unreadHouseholds', { noticeId, buildingId });
  return (
    <StateView state={doors.state} onRetry={doors.reload} empty={{ mark: shell('mark.building'), title: t('reads.allRead') }}>
      {(list) => (
        <View className='unread-doors' aria-label={t('reads.unreadDoors', { building: buildingName, count: list.length })}>
          <Text className='muted'>{t('reads.unreadDoors', { building: buildingName, count: list.length })}</Text>
          {list.map((door) => (
            <View key={door.householdId} className='row unread-doors__door'>
              <Text className='body-text grow'>{door.label}</Text>
              <Text className='muted'>{door.residents ? t('reads.residentCount', { count: door.residents }) : t('reads.noResidents')}</Text>
            </View>
          ))}
        </View>
      )}
    </StateView>
  );
}
