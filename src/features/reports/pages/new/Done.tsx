// After filing or +1: what happens next, and the way to the case.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { EmptyState } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { REPORTS } from '@/services/navigation';
import { useReportsT } from '../../messages';

export function Done({ reportId, supported, onAnother }: { reportId: string; supported: boolean; onAnother: () => void }) {
  const t = useReportsT();
  return (
    <View className='card'>
      <EmptyState
        mark='✓'
        title={supported ? t('new.supportDone') : t('new.done')}
        description={supported ? t('new.supportDoneDesc') : t('new.doneDesc')}
        action={
          <View className='stack'>
            <Button type='primary' block onClick={() => void Taro.redirectTo({ url: REPORTS.detail(reportId) })}>
              {t('new.viewReport')}
            </Button>
            <Button fill='none' block onClick={onAnother}>
              {t('new.another')}
            </Button>
          </View>
        }
      />
    </View>
  );
}
