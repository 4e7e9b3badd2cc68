// A community case as every resident sees it: no reporter identity unless they chose to show their nickname.
import { Text, View } from '@tarojs/components';
import { Picture } from '@/components/Picture';
import type { PublicReportView, ReportStatus } from '@/domain/reports/types';
import { openPage, REPORTS } from '@/services/navigation';
import { useReportLabels } from '../labels';
import { useReportsT } from '../messages';
import { StatusTags } from './StatusTags';
import { useT } from '@/services/messages';

const PROGRESS: Record<ReportStatus, number> = { submitted: 1, accepted: 2, in_progress: 3, resolved: 4, closed: 5, duplicate: 5 };

export function PublicCard({ report }: { report: PublicReportView }) {
  const t = useReportsT();
  const shell = useT();
  const labels = useReportLabels();
  const last = report.timeline[report.timeline.length - 1];
  return (
    <View className='card case-row' aria-label={report.description} onClick={() => openPage(REPORTS.detail(report.id))}>
      <View className='case-row__main'>
        {report.photoUrls[0] ? (
          <Picture className='case-row__thumb' src={report.photoUrls[0]} mode='aspectFill' alt='' />
        ) : (
          <View className='case-row__thumb case-row__thumb--none' aria-hidden='true'>{shell('mark.snap')}</View>
        )}
        <View className='grow case-row__text'>
          <View className='row case-row__head'>
            <Text className='body-text case-row__category'>{labels.category(report.category)}</Text>
            <StatusTags status={report.status} overdue={report.overdue} />
          </View>
          <Text className='body-text case-row__desc'>{report.description}</Text>
          <Text className='muted'>
            {[report.address, report.supportCount > 0 ? t('detail.supports', { count: report.supportCount }) : null, report.reporterName ? t('detail.reporter', { name: report.reporterName }) : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <View className='progress' role='img' aria-label={labels.status(report.status)}>
            <View className='progress__bar' style={{ width: `${(PROGRESS[report.status] / 5) * 100}%` }} />
          </View>
          {last ? <Text className='muted'>{`${labels.event(last.kind)} · ${labels.time(last.at)}`}</Text> : null}
        </View>
      </View>
    </View>
  );
}
