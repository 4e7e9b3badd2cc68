import { render, screen, waitFor } from '@testing-library/react';
import QueuePage from '@/features/reports/pages/queue/index';
import PublicListPage from '@/features/reports/pages/list/index';
import MyReportsPage from '@/features/reports/pages/mine/index';
import { fakeServer, freshDevice, ok, press, resident } from './support';
import { publicReport, queueItem, staff } from './reports-fixtures';

const descriptions = () => Array.from(document.querySelectorAll('.case-row__desc')).map((node) => node.textContent);

describe('handler queue', () => {
  it('puts overdue cases first, filters to overdue only, and accepts a new case in place', async () => {
    const fake = fakeServer({
      'session.me': () => ok(staff('grid_worker')),
      'reports.queue': () =>
        ok([
          queueItem('a', { description: '刚提交的问题', dueAt: 1000 }),
          queueItem('b', { description: '已超时的问题', overdue: true, dueAt: 5000, status: 'accepted' }),
        ]),
      'reports.accept': (input) => ok({ id: input.reportId, status: 'accepted' }),
    });
    freshDevice();
    render(<QueuePage />);

    await screen.findByText('已超时的问题');
    expect(descriptions()).toEqual(['已超时的问题', '刚提交的问题']);
    expect(screen.getAllByText('受理')).toHaveLength(1);

    press('受理');
    await waitFor(() => expect(fake.calls('reports.accept')).toEqual([{ reportId: 'a' }]));
    await waitFor(() => expect(screen.queryByText('受理')).toBeNull());

    press('只看超时');
    await waitFor(() => expect(fake.calls('reports.queue')).toEqual([{ overdueOnly: false }, { overdueOnly: true }]));
  });

  it('says so when the queue is empty', async () => {
    fakeServer({ 'session.me': () => ok(staff('grid_worker')), 'reports.queue': () => ok([]) });
    freshDevice();
    render(<QueuePage />);
    expect(await screen.findByText('暂无待办')).toBeTruthy();
  });
});

describe('public list', () => {
  it('shows a reporter’s nickname only when the server gives it, and pages on with nextBefore', async () => {
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'reports.publicList': (input) =>
        input.before === undefined
          ? ok({ items: [publicReport('p-1'), publicReport('p-2', { reporterName: '李师傅' })], nextBefore: '777:p-2' })
          : ok({ items: [publicReport('p-3', { status: 'closed' })], nextBefore: null }),
    });
    freshDevice();
    render(<PublicListPage />);

    await screen.findByText('单车乱停 p-1');
    expect(screen.getAllByText(/上报人/)).toHaveLength(1);
    expect(screen.getByText(/上报人：李师傅/)).toBeTruthy();
    expect(screen.queryByText(/王阿姨/)).toBeNull();

    press('加载更多');
    expect(await screen.findByText('单车乱停 p-3')).toBeTruthy();
    expect(fake.calls('reports.publicList')).toEqual([{ status: 'all' }, { status: 'all', before: '777:p-2' }]);
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  it('filters to closed cases', async () => {
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'reports.publicList': () => ok({ items: [publicReport('p-1')], nextBefore: null }),
    });
    freshDevice();
    render(<PublicListPage />);

    await screen.findByText('单车乱停 p-1');
    press('已办结');
    await waitFor(() => expect(fake.calls('reports.publicList')).toEqual([{ status: 'all' }, { status: 'closed' }]));
  });

  it('shows the error with a retry that loads the list', async () => {
    let attempts = 0;
    fakeServer({
      'session.me': () => ok(resident()),
      'reports.publicList': () => {
        attempts += 1;
        return attempts === 1 ? { ok: false, error: { code: 'INTERNAL', message: '网络异常，请检查网络后重试' } } : ok({ items: [publicReport('p-1')], nextBefore: null });
      },
    });
    freshDevice();
    render(<PublicListPage />);

    expect(await screen.findByText('出错了')).toBeTruthy();
    press('重试');
    expect(await screen.findByText('单车乱停 p-1')).toBeTruthy();
  });
});

describe('my reports', () => {
  it('lists my cases with their status and overdue mark', async () => {
    fakeServer({
      'session.me': () => ok(resident()),
      'reports.mine': () => ok({ items: [queueItem('m-1', { status: 'resolved' }), queueItem('m-2', { overdue: true })], nextBefore: null }),
    });
    freshDevice();
    render(<MyReportsPage />);

    expect(await screen.findByText('楼道堆放杂物 m-1')).toBeTruthy();
    expect(screen.getByText('待核查')).toBeTruthy();
    expect(screen.getAllByText('已超时')).toHaveLength(1);
  });

  it('invites a first report when there is none', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'reports.mine': () => ok({ items: [], nextBefore: null }) });
    freshDevice();
    render(<MyReportsPage />);
    expect(await screen.findByText('你还没有上报过问题')).toBeTruthy();
  });
});
