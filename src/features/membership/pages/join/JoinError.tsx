// A refused join, with the way forward when there is one (a missing nickname).
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { Button } from '@/components/nutui';
import { errorRef, useServerMessage } from '@/services/i18n';
import { MEMBERSHIP, openPage } from '@/services/navigation';
import { useMembershipT } from '../../messages';

export function JoinError({ error }: { error: ActionErrorBody | null }) {
  const t = useMembershipT();
  const message = useServerMessage();
  if (!error) return null;
  const text = errorRef(error);
  return (
    <View className='actions' role='alert'>
      <Text className='form-error'>{message(text)}</Text>
      {error.reason === 'membership.nicknameFirst' ? (
        <Button size='small' fill='outline' type='primary' onClick={() => openPage(MEMBERSHIP.profile)}>
          {t('join.setNickname')}
        </Button>
      ) : null}
    </View>
  );
}
