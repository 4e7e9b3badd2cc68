// 入户审核: the committee approves or rejects people asking to join a household of its community.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { JoinRequestView } from '@/domain/membership/types';
import { DecideJoinInput } from '@/domain/membership/schemas';
import { Avatar } from '@/components/Avatar';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { errorRef } from '@/services/i18n';
import { validate } from '@/services/validate';
import { useMembershipT } from '../../messages';
import { RejectSheet } from './RejectSheet';
import { useT } from '@/services/messages';
import './index.scss';

function Approvals() {
  const t = useMembershipT();
  const shell = useT();
  const requests = useCall('membership.pendingRequests');
  const decide = useAction('membership.decide');
  const [rejecting, setRejecting] = useState<JoinRequestView | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const steps = useStepSheet();

  /** Sends the decision; answers null when done, else the message to show. */
  const settle = async (input: unknown, doneTitle: string): Promise<string | null> => {
    const checked = validate(DecideJoinInput, input);
    if (!checked.ok) return Object.values(checked.fields)[0] ?? null;
    setBusyId(checked.output.requestId);
    const envelope = await decide.run(checked.output);
    setBusyId(null);
    if (!envelope.ok) return errorRef(envelope.error);
    requests.setData((list) => list.filter((request) => request.id !== envelope.data.id));
    void Taro.showToast({ title: doneTitle, icon: 'success' });
    return null;
  };

  // Approving lets a person into a home: it is asked first, like rejecting.
  const approve = (request: JoinRequestView) =>
    steps.ask({
      title: t('approvals.approve'),
      message: t('approvals.approveWhat', { name: request.nickname, household: request.householdLabel }),
      confirmText: t('approvals.confirmApprove'),
      run: () => settle({ requestId: request.id, decision: 'approve' }, t('approvals.approved')),
    });

  const reject = async (reason: string) => {
    if (!rejecting) return;
    setSheetError(null);
    const problem = await settle({ requestId: rejecting.id, decision: 'reject', reason }, t('approvals.rejected'));
    if (problem) setSheetError(problem);
    else setRejecting(null);
  };

  return (
    <View>
      <StateView
        state={requests.state}
        onRetry={requests.reload}
        empty={{ title: t('approvals.empty'), description: t('approvals.emptyDesc'), mark: shell('mark.review') }}
      >
        {(list) => (
          <View>
            {list.map((request) => (
              <View key={request.id} className='card approval' aria-label={request.nickname}>
                <View className='row approval__who'>
                  <Avatar url={request.avatarUrl} name={request.nickname} size='small' />
                  <View className='grow approval__text'>
                    <Text className='body-text approval__name'>{request.nickname}</Text>
                    <Text className='muted'>
                      {request.householdLabel} · {dayjs(request.createdAt).format('MM-DD HH:mm')}
                    </Text>
                  </View>
                </View>
                {request.note ? <Text className='muted approval__note'>{t('approvals.note', { note: request.note })}</Text> : null}
                <View className='approval__buttons'>
                  <Button size='small' disabled={busyId === request.id} onClick={() => {
                    setSheetError(null);
                    setRejecting(request);
                  }}>
                    {t('approvals.reject')}
                  </Button>
                  <Button size='small' type='primary' loading={busyId === request.id} onClick={() => approve(request)}>
                    {t('approvals.approve')}
                  </Button>
                </View>
              </View>
            ))}
          </View>
        )}
      </StateView>
      {steps.sheet}
      <RejectSheet
        key={rejecting?.id ?? 'none'}
        open={rejecting !== null}
        pending={decide.pending}
        error={rejecting ? sheetError : null}
        onConfirm={reject}
        onCancel={() => setRejecting(null)}
      />
    </View>
  );
}

export default function ApprovalsPage() {
  const t = useMembershipT();
  return (
    <PageShell title={t('approvals.title')}>
      <Approvals />
    </PageShell>
  );
}
