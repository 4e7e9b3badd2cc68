// 首页: the community I belong to, quick entries, and the committee's notices.
import { Text, View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nutui';
import { HomeNotices } from '@/features/notices/components/HomeNotices';
import { PendingPolls } from '@/features/polls/components/PendingPolls';
import { useT } from '@/services/messages';
import { MEMBERSHIP, TAB, openPage, switchTab } from '@/services/navigation';
import './index.scss';

function Hero({ session }: { session: SessionView }) {
  const t = useT();
  const { membership, pendingRequest, user } = session;
  return (
    <View className='home-hero'>
      <Text className='home-hero__brand'>{t('appName')}</Text>
      <Text className='home-hero__community'>{membership ? membership.communityName : t('home.notJoined')}</Text>
      {membership ? (
        <Text className='home-hero__household'>
          {[membership.householdLabel, t(`role.${membership.role}`)].filter(Boolean).join(' · ')}
        </Text>
      ) : null}
      {membership && user.nickname ? <Text className='home-hero__hello'>{t('home.welcome', { name: user.nickname })}</Text> : null}
      {!membership && pendingRequest ? (
        <Text className='home-hero__hello'>
          {t('home.pending', { community: pendingRequest.communityName, household: pendingRequest.householdLabel })}
        </Text>
      ) : null}
      {!membership && !pendingRequest ? (
        <View className='home-hero__join'>
          <Text className='home-hero__hello'>{t('home.notJoinedDesc')}</Text>
          <Button className='home-hero__join-button' size='small' onClick={() => openPage(MEMBERSHIP.join)}>
            {t('home.join')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function QuickEntries() {
  const t = useT();
  return (
    <View className='home-quick'>
      <View className='home-quick__tile' onClick={() => switchTab(TAB.report)}>
        <View className='home-quick__mark home-quick__mark--report'>{t('mark.snap')}</View>
        <Text className='home-quick__name'>{t('home.quick.report')}</Text>
        <Text className='home-quick__desc'>{t('home.quick.reportDesc')}</Text>
      </View>
      <View className='home-quick__tile' onClick={() => switchTab(TAB.participate)}>
        <View className='home-quick__mark'>{t('mark.participate')}</View>
        <Text className='home-quick__name'>{t('home.quick.participate')}</Text>
        <Text className='home-quick__desc'>{t('home.quick.participateDesc')}</Text>
      </View>
    </View>
  );
}

export default function HomePage() {
  const t = useT();
  return (
    <PageShell title={t('appName')} tab>
      {(session) => (
        <View>
          <Hero session={session} />
          <QuickEntries />
          {session.membership ? <PendingPolls /> : null}
          {session.membership ? <HomeNotices /> : null}
        </View>
      )}
    </PageShell>
  );
}
