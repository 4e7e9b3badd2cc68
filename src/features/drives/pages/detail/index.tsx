// 活动详情: the drive, the caller's place in it (sign up, waitlist, cancel, check in and out), the 随手拍 cases it
// takes on, and for its organiser the way to the QR code and the attendance.
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { DriveDetail as Detail } from '@/domain/drives/types';
import { Badge } from '@/components/Badge';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { Button, Cell } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { DRIVES, openPage, REPORTS } from '@/services/navigation';
import { useReportLabels } from '@/features/reports/labels';
import { useDrivesT } from '../../messages';
import { MySignup } from './MySignup';
import { Summary } from './Summary';
import '../../drives.scss';

function Cases({ drive }: { drive: Detail }) {
  const t = useDrivesT();
  const labels = useReportLabels();
  if (!drive.cases.length) return null;
  return (
    <View>
      <Text className='section-title'>{t('detail.cases')}</Text>
      <Cell.Group className='cells'>
        {drive.cases.map((item) => (
          <Cell
            key={item.id}
            clickable
            title={`${labels.category(item.category)} · ${item.address}`}
            description={item.description}
            extra={<Badge tone={item.status === 'closed' ? 'muted' : 'brand'}>{labels.status(item.status)}</Badge>}
            onClick={() => openPage(REPORTS.detail(item.id))}
          />
        ))}
      </Cell.Group>
    </View>
  );
}

function Manage({ drive }: { drive: Detail }) {
  const t = useDrivesT();
  if (!drive.can.manage) return null;
  return (
    <View className='card drive-manage'>
      <Text className='title'>{t('manage.title')}</Text>
      <Button type='primary' block onClick={() => openPage(DRIVES.checkInCode(drive.id))}>
        {t('manage.code')}
      </Button>
      <Button block fill='outline' onClick={() => openPage(DRIVES.attendance(drive.id))}>
        {t('manage.attendance')}
      </Button>
    </View>
  );
}

function Drive({ driveId }: { driveId: string }) {
  const detail = useCall('drives.detail', { driveId });
  const steps = useStepSheet();
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(drive) => (
        <View>
          <Summary drive={drive} />
          <MySignup drive={drive} reload={detail.reload} ask={steps.ask} />
          <Cases drive={drive} />
          <Manage drive={drive} />
          {steps.sheet}
        </View>
      )}
    </StateView>
  );
}

export default function DriveDetailPage() {
  const t = useDrivesT();
  const { params } = useRouter();
  const driveId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('detail.title')}>{driveId ? <Drive driveId={driveId} /> : null}</PageShell>;
}
