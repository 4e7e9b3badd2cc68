// 随手拍 tab. The reports feature (src/features/reports) replaces this honest placeholder with its entry.
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { useT } from '@/services/messages';

export default function ReportTab() {
  const t = useT();
  return (
    <PageShell title={t('tab.report')} tab>
      <View className='card'>
        <EmptyState mark='拍' title={t('report.comingTitle')} description={t('report.comingDesc')} />
      </View>
    </PageShell>
  );
}
