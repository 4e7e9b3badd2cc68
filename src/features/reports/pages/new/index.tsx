// 我要上报: file a problem (or +1 one already reported nearby), then follow it on its detail page.
import { useState } from 'react';
import type { SessionView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { useReportsT } from '../../messages';
import { Done } from './Done';
import { ReportForm } from './ReportForm';
import { useT } from '@/services/messages';
import '../../reports.scss';

type Outcome = { reportId: string; supported: boolean } | null;

function NewReport({ session }: { session: SessionView }) {
  const t = useReportsT();
  const shell = useT();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [round, setRound] = useState(0);
  if (!session.membership) return <EmptyState mark={shell('mark.snap')} title={t('new.notMember')} />;
  if (outcome) {
    return (
      <Done
        reportId={outcome.reportId}
        supported={outcome.supported}
        onAnother={() => {
          setOutcome(null);
          setRound((n) => n + 1);
        }}
      />
    );
  }
  return (
    <ReportForm
      key={round}
      canFileOnBehalf={session.can.fileOnBehalf}
      onCreated={(reportId) => setOutcome({ reportId, supported: false })}
      onSupported={(reportId) => setOutcome({ reportId, supported: true })}
    />
  );
}

export default function NewReportPage() {
  const t = useReportsT();
  return <PageShell title={t('new.title')}>{(session) => <NewReport session={session} />}</PageShell>;
}
