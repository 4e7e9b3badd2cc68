// The foot of a paged list: a large "load more" button while there is more, then a quiet end mark.
// A button rather than infinite scroll: see docs/decisions/0007-explicit-load-more.md.
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { Button } from './nutui';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: ActionErrorBody | null;
  onMore: () => void;
}

export function LoadMore({ hasMore, loading, error, onMore }: LoadMoreProps) {
  const t = useT();
  const message = useServerMessage();
  return (
    <View className='load-more stack'>
      {error ? (
        <View role='alert'>
          <Text className='form-error'>{message(error)}</Text>
        </View>
      ) : null}
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
