// 我的: who I am here, my community and household, the committee's review queue, inbox and settings.
import { useDidShow } from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import { useT } from '@/services/messages';
import { refreshSession } from '@/services/session';
import { CommunitySection } from './CommunitySection';
import { ProfileHeader } from './ProfileHeader';
import { SettingsSection } from './SettingsSection';
import './index.scss';

export default function MePage() {
  const t = useT();
  // Back from joining or a committee decision: the membership may have changed on the server.
  useDidShow(() => void refreshSession());
  return (
    <PageShell title={t('tab.me')} tab>
      {(session) => (
        <>
          <ProfileHeader session={session} />
          <CommunitySection session={session} />
          <SettingsSection />
        </>
      )}
    </PageShell>
  );
}
