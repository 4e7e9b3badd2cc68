// The foot of a paged list: "load more" while there is more, then a quiet end mark.
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/nutui';
import { useServerMessage } from '@/services/i18n';
import { useReportsT } from '../messages';

export function LoadMore({ hasMore, loading, error, onMore }: { hasMore: boolean; loading: boolean; error: string | null; onMore: () => void }) {
  const t = useReportsT();
  const message = useServerMessage();
  return (
    <View className='load-more stack'>
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
      {hasMore ? (
        <Button type='primary' fill='outline' block loading={loading} onClick={onMore}>
          {t('list.more')}
        </Button>
      ) : (
        <Text className='muted'>{t('list.noMore')}</Text>
      )}
    </View>
  );
}
