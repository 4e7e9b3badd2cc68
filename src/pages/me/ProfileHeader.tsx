// The person's own card: avatar, nickname, role; tapping it opens the profile editor.
import { Text, View } from '@tarojs/components';
import { Avatar } from '@/components/Avatar';
import type { SessionView } from '@/domain/membership/types';
import { Badge } from '@/components/Badge';
import { useT } from '@/services/messages';
import { MEMBERSHIP, openPage } from '@/services/navigation';

export function ProfileHeader({ session }: { session: SessionView }) {
  const t = useT();
  const { user, membership } = session;
  return (
    <View className='me-header' onClick={() => openPage(MEMBERSHIP.profile)}>
      <Avatar url={user.avatarUrl} name={user.nickname} />
      <View className='grow me-header__text'>
        <Text className='me-header__name'>{user.nickname || t('me.noNickname')}</Text>
        <View className='row me-header__meta'>
          <Badge>{t(`role.${membership?.role ?? 'guest'}`)}</Badge>
          <Text className='me-header__edit'>{t('me.editProfile')} ›</Text>
        </View>
      </View>
    </View>
  );
}
