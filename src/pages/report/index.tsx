// 随手拍 tab: the way into the reports feature — file a problem, follow mine, browse the community's,
// and for field staff the queue (with overdue counts) and the committee's full list.
import { Text, View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useT } from '@/services/messages';
import { MEMBERSHIP, openPage, REPORTS } from '@/services/navigation';
import { EntryRow } from './EntryRow';
import { HandlerEntries } from './HandlerEntries';
import { MineEntry } from './MineEntry';
import { useReportTabT } from './messages';
import './index.scss';

function ReportHome({ session }: { session: SessionView }) {
  const t = useReportTabT();
  const shell = useT();
  const { membership } = session;
  if (!membership) {
    return (
      <View className='card'>
        <EmptyState
          mark={shell('mark.snap')}
          title={t('tab.notMember')}
          description={t('tab.notMemberDesc')}
          action={
            <Button type='primary' onClick={() => openPage(MEMBERSHIP.join)}>
              {t('tab.join')}
            </Button>
          }
        />
      </View>
    );
  }
  return (
    <View>
      <View className='report-hero'>
        <Text className='report-hero__title'>{t('tab.heroTitle')}</Text>
        <Text className='report-hero__desc'>{t('tab.heroDesc')}</Text>
        <Button className='report-hero__button' size='large' block onClick={() => openPage(REPORTS.new)}>
          {t('tab.report')}
        </Button>
      </View>
      <View className='card report-entries'>
        {session.can.handleCases ? <HandlerEntries can={session.can} /> : null}
        <MineEntry />
        <EntryRow mark={shell('mark.neighbours')} title={t('tab.public')} description={t('tab.publicDesc')} onOpen={() => openPage(REPORTS.list)} />
      </View>
    </View>
  );
}

export default function ReportTab() {
  const t = useT();
  return (
    <PageShell title={t('tab.report')} tab>
      {(session) => <ReportHome session={session} />}
    </PageShell>
  );
}
