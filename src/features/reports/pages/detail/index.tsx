// 问题详情: the case, its fix, every step so far, and what the caller may do next.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReportDetailView } from '@/domain/reports/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useStepSheet, type StepRequest } from '@/components/StepSheet';
import { useCall, useReshow } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { CaseTimeline } from '../../components/Timeline';
import { useReportsT } from '../../messages';
import { AfterFix } from './AfterFix';
import { CaseActions } from './CaseActions';
import { CaseSummary } from './CaseSummary';
import { useCaseSteps } from './useCaseSteps';
import '../../reports.scss';

function CaseView({ report, reload }: { report: ReportDetailView; reload: () => void }) {
  const t = useReportsT();
  const message = useServerMessage();
  const steps = useCaseSteps(report, reload);
  const sheet = useStepSheet();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ask = (request: StepRequest) => {
    setError(null);
    sheet.ask(request);
  };
  const runNow = async (name: string, step: () => Promise<string | null>) => {
    setError(null);
    setBusy(name);
    const problem = await step();
    setBusy(null);
    if (problem) setError(problem);
  };

  return (
    <View>
      <CaseSummary report={report} />
      <AfterFix report={report} />
      <View className='card'>
        <Text className='title'>{t('detail.timeline')}</Text>
        <View className='detail__meta'>
          <CaseTimeline entries={report.timeline} />
        </View>
      </View>
      {error ? <Text className='form-error actions'>{message(error)}</Text> : null}
      <CaseActions report={report} steps={steps} busy={busy} runNow={(name, step) => void runNow(name, step)} ask={ask} />
      {sheet.sheet}
    </View>
  );
}

function ReportDetail({ reportId }: { reportId: string }) {
  const detail = useCall('reports.detail', { reportId });
  // Back from the resolve page: the case has moved on.
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(report) => <CaseView report={report} reload={detail.reload} />}
    </StateView>
  );
}

export default function ReportDetailPage() {
  const t = useReportsT();
  const { params } = useRouter();
  const reportId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('detail.title')}>{reportId ? <ReportDetail reportId={reportId} /> : null}</PageShell>;
}
