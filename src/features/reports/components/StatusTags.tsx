// A case's status with its warning badges: 已超时 (overdue), 督办 (flagged to the committee), 已屏蔽.
import { View } from '@tarojs/components';
import { Badge } from '@/components/Badge';
import type { ReportStatus } from '@/domain/reports/types';
import { useReportLabels } from '../labels';
import { useReportsT } from '../messages';

export interface StatusTagsProps {
  status: ReportStatus;
  overdue?: boolean;
  flagged?: boolean;
  hidden?: boolean;
}

export function StatusTags({ status, overdue, flagged, hidden }: StatusTagsProps) {
  const t = useReportsT();
  const labels = useReportLabels();
  const done = status === 'closed' || status === 'duplicate';
  return (
    <View className='status-tags'>
      <Badge tone={done ? 'muted' : 'brand'}>{labels.status(status)}</Badge>
      {overdue ? <Badge tone='warning'>{t('badge.overdue')}</Badge> : null}
      {flagged ? <Badge tone='warning'>{t('badge.flagged')}</Badge> : null}
      {hidden ? <Badge tone='muted'>{t('badge.hidden')}</Badge> : null}
    </View>
  );
}
