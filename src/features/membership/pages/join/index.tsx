// 加入社区: pick community → building → household (the committee reviews), enter an invite code (instant), or
// — for the committee members and grid workers of a self-hosted community — the claim code `npm run setup` printed.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { FilterTabs } from '@/components/FilterTabs';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useMembershipT } from '../../messages';
import { ClaimCodeForm } from './ClaimCodeForm';
import { HouseholdPicker } from './HouseholdPicker';
import { InviteCodeForm } from './InviteCodeForm';
import { useT } from '@/services/messages';
import { MEMBERSHIP, openPage } from '@/services/navigation';
import './index.scss';


const back = () => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' }));

function JoinFlow({ session }: { session: SessionView }) {
  const t = useMembershipT();
  const shell = useT();
  const [mode, setMode] = useState<'household' | 'code' | 'claim'>('household');
  const backButton = (
    <Button type='primary' fill='outline' size='small' onClick={back}>
      {t('join.back')}
    </Button>
  );

  if (session.membership) {
    return <EmptyState mark='✓' title={t('join.alreadyMember', { community: session.membership.communityName })} action={backButton} />;
  }
  if (session.pendingRequest) {
    const { communityName, householdLabel } = session.pendingRequest;
    return (
      <EmptyState
        mark={shell('mark.review')}
        title={t('join.submitted')}
        description={t('join.submittedDesc', { community: communityName, household: householdLabel })}
        action={backButton}
      />
    );
  }
  // A committee sees who asks by nickname: ask for it before anything is picked, not after a refusal.
  if (!session.user.nickname.trim()) {
    return (
      <EmptyState
        mark={shell('mark.neighbours')}
        title={t('join.nicknameFirst')}
        description={t('join.nicknameFirstDesc')}
        action={
          <Button type='primary' size='small' onClick={() => openPage(MEMBERSHIP.profile)}>
            {t('join.setNickname')}
          </Button>
        }
      />
    );
  }
  return (
    <View>
      <FilterTabs
        label={t('join.title')}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'household', label: t('join.byHousehold') },
          { value: 'code', label: t('join.byCode') },
          { value: 'claim', label: t('join.byClaim') },
        ]}
      />
      {mode === 'household' ? <HouseholdPicker /> : mode === 'code' ? <InviteCodeForm /> : <ClaimCodeForm />}
    </View>
  );
}

export default function JoinPage() {
  const t = useMembershipT();
  return <PageShell title={t('join.title')}>{(session) => <JoinFlow session={session} />}</PageShell>;
}
