// What the handler did: photos after the fix and the resolution note, for the reporter to check.
import { Text, View } from '@tarojs/components';
import type { ReportDetailView } from '@/domain/reports/types';
import { PhotoRow } from '@/components/PhotoRow';
import { useReportsT } from '../../messages';

export function AfterFix({ report }: { report: ReportDetailView }) {
  const t = useReportsT();
  if (report.afterPhotoUrls.length === 0 && !report.resolutionNote) return null;
  return (
    <View className='card'>
      <Text className='title'>{t('detail.after')}</Text>
      <PhotoRow urls={report.afterPhotoUrls} />
      {report.resolutionNote ? <Text className='body-text detail__note'>{t('detail.resolution', { note: report.resolutionNote })}</Text> : null}
    </View>
  );
}
