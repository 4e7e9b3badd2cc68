import { render, screen, waitFor } from '@testing-library/react';
import ApprovalsPage from '@/features/membership/pages/approvals/index';
import type { JoinRequestView } from '@/domain/membership/types';
import { fakeServer, freshDevice, ok, press, resident, typeIntoTextArea } from './support';

const request = (id: string, nickname: string, householdLabel: string): JoinRequestView => ({
  id,
  nickname,
  avatarUrl: '',
  householdLabel,
  note: '',
  status: 'pending',
  createdAt: Date.UTC(2026, 10, 20, 2, 0),
});

const committee = resident({
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'committee', householdId: null, householdLabel: null },
});

function server() {
  return fakeServer({
    'session.me': () => ok(committee),
    'membership.pendingRequests': () => ok([request('jr-1', '小何', '7栋1单元101'), request('jr-2', '小周', '5栋1单元302')]),
    'membership.decide': (input) => ok({ ...request(String(input.requestId), '', ''), status: input.decision === 'approve' ? 'approved' : 'rejected' }),
  });
}

describe('join approvals', () => {
  it('asks before approving (who enters which home), then approves and takes it off the list', async () => {
    const fake = server();
    freshDevice();
    render(<ApprovalsPage />);

    const card = await screen.findByLabelText('小何');
    press(card.querySelector('.nut-button-primary') as HTMLElement);
    expect(await screen.findByText('小何将成为7栋1单元101的住户，可以看到本户的信息。')).toBeTruthy();
    expect(fake.calls('membership.decide')).toHaveLength(0);
    press('确认通过');

    await waitFor(() => expect(fake.calls('membership.decide')).toEqual([{ requestId: 'jr-1', decision: 'approve' }]));
    await waitFor(() => expect(screen.queryByText('小何')).toBeNull());
    expect(screen.getByText('小周')).toBeTruthy();
  });

  it('needs a reason to reject, then sends it', async () => {
    const fake = server();
    freshDevice();
    render(<ApprovalsPage />);

    await screen.findByText('小周');
    press(screen.getAllByText('驳回')[1]);
    press(await screen.findByText('确认驳回'));
    expect(await screen.findByText('请填写驳回原因')).toBeTruthy();
    expect(fake.calls('membership.decide')).toHaveLength(0);

    await typeIntoTextArea('该户登记的住户中没有此人');
    press('确认驳回');

    await waitFor(() =>
      expect(fake.calls('membership.decide')).toEqual([{ requestId: 'jr-2', decision: 'reject', reason: '该户登记的住户中没有此人' }]),
    );
    await waitFor(() => expect(screen.queryByText('小周')).toBeNull());
  });

  it('says so when nobody is waiting', async () => {
    fakeServer({ 'session.me': () => ok(committee), 'membership.pendingRequests': () => ok([]) });
    freshDevice();
    render(<ApprovalsPage />);

    expect(await screen.findByText('暂无待审核申请')).toBeTruthy();
  });
});
