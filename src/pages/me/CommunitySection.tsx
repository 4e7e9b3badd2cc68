// Community and household status, the join entry, the committee's review queue and the inbox.
import { Text } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { Badge } from '@/components/Badge';
import { Cell } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { useT } from '@/services/messages';
import { MEMBERSHIP, NOTIFICATIONS, openPage } from '@/services/navigation';

function Count({ value }: { value: number | null }) {
  return value ? <Text className='me-count'>{value > 99 ? '99+' : value}</Text> : null;
}

/** The committee's review queue, with how many wait; mounted only for those who may review. */
function ApprovalsCell() {
  const t = useT();
  const approvals = useCall('membership.pendingRequests');
  useReshow(approvals.reload);
  return (
    <Cell
      clickable
      title={t('me.approvals')}
      extra={<Count value={approvals.state.status === 'ready' ? approvals.state.data.length : null} />}
      onClick={() => openPage(MEMBERSHIP.approvals)}
    />
  );
}

export function CommunitySection({ session }: { session: SessionView }) {
  const t = useT();
  const { membership, pendingRequest } = session;
  const inbox = useCall('inbox.list');
  useReshow(inbox.reload);

  let community;
  if (membership) {
    community = (
      <Cell
        title={t('me.community')}
        description={[membership.communityName, membership.householdLabel].filter(Boolean).join(' ')}
      />
    );
  } else if (pendingRequest) {
    community = (
      <Cell
        title={t('me.community')}
        description={`${pendingRequest.communityName} ${pendingRequest.householdLabel}`}
        extra={<Badge tone='warning'>{t('me.pending')}</Badge>}
      />
    );
  } else {
    community = (
      <Cell
        clickable
        title={t('me.community')}
        description={t('me.notJoined')}
        extra={<Text className='me-link'>{t('me.join')} ›</Text>}
        onClick={() => openPage(MEMBERSHIP.join)}
      />
    );
  }

  return (
    <Cell.Group className='cells'>
      {community}
      {session.can.reviewJoins ? <ApprovalsCell /> : null}
      {session.can.manageHouseholdCodes ? <Cell clickable title={t('me.codes')} onClick={() => openPage(MEMBERSHIP.codes)} /> : null}
      <Cell
        clickable
        title={t('me.inbox')}
        extra={<Count value={inbox.state.status === 'ready' ? inbox.state.data.unread : null} />}
        onClick={() => openPage(NOTIFICATIONS.inbox)}
      />
    </Cell.Group>
  );
}
