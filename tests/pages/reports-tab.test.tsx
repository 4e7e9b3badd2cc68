import { render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ReportTab from '@/pages/report/index';
import { fakeServer, freshDevice, newcomer, ok, press, resident } from './support';
import { queueItem, staff } from './reports-fixtures';

describe('随手拍 tab', () => {
  it('gives a resident 我要上报, 我的上报 with fixes to check, and 社区问题 — but no queue', async () => {
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'reports.mine': () => ok({ items: [queueItem('m-1', { status: 'resolved' })], nextBefore: null }),
    });
    freshDevice();
    render(<ReportTab />);

    expect(await screen.findByText('我要上报')).toBeTruthy();
    expect(await screen.findByText('1件待你核查')).toBeTruthy();
    expect(screen.getByText('社区问题')).toBeTruthy();
    expect(screen.queryByText('待办')).toBeNull();
    expect(fake.calls('reports.queue')).toHaveLength(0);

    press('我要上报');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/reports/pages/new/index' });
  });

  it('shows a committee member the queue with its overdue count and the full case list', async () => {
    fakeServer({
      'session.me': () => ok(staff('committee')),
      'reports.mine': () => ok({ items: [], nextBefore: null }),
      'reports.queue': () => ok([queueItem('a', { overdue: true }), queueItem('b')]),
    });
    freshDevice();
    render(<ReportTab />);

    expect(await screen.findByText('2件待办')).toBeTruthy();
    expect(screen.getByText('1件已超时')).toBeTruthy();
    press('全部案件');
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/reports/pages/admin/index' }));
  });

  it('asks a newcomer to join the community first', async () => {
    fakeServer({ 'session.me': () => ok(newcomer()) });
    freshDevice();
    render(<ReportTab />);
    expect(await screen.findByText('加入社区后才能随手拍')).toBeTruthy();
    expect(screen.queryByText('我要上报')).toBeNull();
  });
});
