// The case itself: photos, category and status, what and where, who reported it (or 居民), support and deadline.
import { Text, View } from '@tarojs/components';
import type { ReportDetailView } from '@/domain/reports/types';
import { PhotoRow } from '@/components/PhotoRow';
import { pageUrl, treesApp } from '@/features/registry';
import { openPage } from '@/services/navigation';
import { StatusTags } from '../../components/StatusTags';
import { useReportLabels } from '../../labels';
import { useReportsT } from '../../messages';

export function CaseSummary({ report }: { report: ReportDetailView }) {
  const t = useReportsT();
  const labels = useReportLabels();
  const active = report.status === 'submitted' || report.status === 'accepted' || report.status === 'in_progress';
  return (
    <View className='card'>
      <View className='detail__head'>
        <Text className='title'>{labels.category(report.category)}</Text>
        <StatusTags status={report.status} overdue={report.overdue} flagged={report.flagged} hidden={report.hidden} />
      </View>
      <PhotoRow urls={report.photoUrls} />
      {report.pendingPhotoCount > 0 ? <Text className='muted detail__note'>{t('detail.pendingPhotos', { count: report.pendingPhotoCount })}</Text> : null}
      <Text className='body-text detail__note'>{report.description}</Text>
      <View className='detail__meta'>
        <Text className='body-text'>{report.address}</Text>
        <Text className='muted'>{t('detail.reporter', { name: report.reporterName ?? t('detail.resident') })}{report.filedOnBehalf ? ` · ${t('detail.onBehalf')}` : ''}</Text>
        <Text className='muted'>
          {[
            t('detail.grid', { grid: report.gridName ?? t('detail.dutyQueue') }),
            t(`detail.level.${report.level}`),
            report.supportCount > 0 ? t('detail.supports', { count: report.supportCount }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {active ? <Text className='muted'>{t('detail.due', { time: labels.time(report.dueAt) })}</Text> : null}
        {report.rejections > 0 ? <Text className='muted'>{t('detail.rejections', { count: report.rejections })}</Text> : null}
        {report.duplicateOf ? <Text className='muted'>{t('detail.duplicateOf', { id: report.duplicateOf })}</Text> : null}
        {report.reopenedFrom ? <Text className='muted'>{t('detail.reopenedFrom', { id: report.reopenedFrom })}</Text> : null}
        {report.hidden ? <Text className='form-error'>{t('detail.hiddenNote')}</Text> : null}
        <Text className='muted'>{t('detail.caseId', { id: report.caseNo ?? report.id })}</Text>
        {report.subject?.kind === 'tree' ? (
          <View className='detail__subject' role='link' onClick={() => openPage(`${pageUrl(treesApp, 'pages/tree/index')}?id=${encodeURIComponent(report.subject!.id)}`)}>
            <Text className='body-text'>{t('detail.subjectTree')} ›</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}
