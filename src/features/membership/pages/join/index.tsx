// 加入社区: pick community → building → household (the committee reviews), enter an invite code (instant), or
// — for the first committee member of a self-hosted community — the claim code `npm run setup` printed.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useMembershipT } from '../../messages';
import { ClaimCodeForm } from './ClaimCodeForm';
import { HouseholdPicker } from './HouseholdPicker';
import { InviteCodeForm } from './InviteCodeForm';
import './index.scss';

const TAB_LABELS = { household: 'join.byHousehold', code: 'join.byCode', claim: 'join.byClaim' } as const;

const back = () => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' }));

function JoinFlow({ session }: { session: SessionView }) {
  const t = useMembershipT();
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
        mark='审'
        title={t('join.submitted')}
        description={t('join.submittedDesc', { community: communityName, household: householdLabel })}
        action={backButton}
      />
    );
  }
  return (
    <View>
      <View className='join-modes' role='tablist'>
        {(['household', 'code', 'claim'] as const).map((value) => (
          <View
            key={value}
            role='tab'
            aria-selected={mode === value}
            className={`join-modes__tab ${mode === value ? 'is-active' : ''}`}
            onClick={() => setMode(value)}
          >
            {t(TAB_LABELS[value])}
          </View>
        ))}
      </View>
      {mode === 'household' ? <HouseholdPicker /> : mode === 'code' ? <InviteCodeForm /> : <ClaimCodeForm />}
    </View>
  );
}

export default function JoinPage() {
  const t = useMembershipT();
  return <PageShell title={t('join.title')}>{(session) => <JoinFlow session={session} />}</PageShell>;
}
