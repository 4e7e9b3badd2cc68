// The client kit as a feature page uses it: a paged list that survives a failed "load more", and a sheet that
// says what an irreversible step will do before it is taken.
import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import MyReportsPage from '@/features/reports/pages/mine/index';
import ReportDetailPage from '@/features/reports/pages/detail/index';
import { fakeServer, freshDevice, ok, press, resident, typeInto } from './support';
import { XINGFULI_MAP, detailOf, queueItem, staff } from './reports-fixtures';

describe('PagedList', () => {
  it('keeps the cases shown when the next page fails, says why, and loads it on the next tap', async () => {
    let second = 0;
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'reports.mine': (input) => {
        if (input.before === undefined) return ok({ items: [queueItem('m-1')], nextBefore: '100:m-1' });
        second += 1;
        return second === 1 ? { ok: false, error: { code: 'INTERNAL', message: '网络异常', reason: 'common.network' } } : ok({ items: [queueItem('m-2')], nextBefore: null });
      },
    });
    freshDevice();
    render(<MyReportsPage />);

    await screen.findByText('楼道堆放杂物 m-1');
    press('加载更多');
    expect(await screen.findByText('网络异常，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('楼道堆放杂物 m-1')).toBeTruthy();

    press('加载更多');
    expect(await screen.findByText('楼道堆放杂物 m-2')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(screen.queryByText('网络异常，请检查网络后重试')).toBeNull();
    expect(fake.calls('reports.mine')).toEqual([{}, { before: '100:m-1' }, { before: '100:m-1' }]);
  });

  it('shows the empty state with its way forward', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'reports.mine': () => ok({ items: [], nextBefore: null }) });
    freshDevice();
    render(<MyReportsPage />);

    expect(await screen.findByText('你还没有上报过问题')).toBeTruthy();
    expect(screen.getByText('我要上报')).toBeTruthy();
    expect(screen.queryByText('加载更多')).toBeNull();
  });
});

describe('ConfirmSheet', () => {
  function openAsCommittee() {
    const report = detailOf({ status: 'submitted', mine: false, can: { moderate: true } });
    jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: report.id } } as unknown as ReturnType<typeof taro.useRouter>);
    const fake = fakeServer({
      'session.me': () => ok(staff('committee')),
      'reports.detail': () => ok(report),
      'reports.markDuplicate': () => ok({ id: report.id, status: 'duplicate' }),
      'reports.map': () => ok(XINGFULI_MAP),
      'reports.reassign': () => ok({ id: report.id, status: 'submitted' }),
    });
    freshDevice();
    render(<ReportDetailPage />);
    return fake;
  }

  it('says what marking a duplicate does, in the danger colour, and needs the original case id', async () => {
    const fake = openAsCommittee();

    press(await screen.findByText('标记重复'));
    const sheet = await screen.findByRole('dialog', { name: '标记重复' });
    expect(sheet.textContent).toContain('不能撤销');
    const confirm = screen.getByText('确定').closest('.nut-button');
    expect(confirm?.className).toContain('nut-button-danger');

    press('确定');
    expect(await screen.findByText('必填')).toBeTruthy();
    expect(fake.calls('reports.markDuplicate')).toHaveLength(0);

    await typeInto('重复的案件编号（如 2026-0042）', '2026-0001');
    press('确定');
    await waitFor(() => expect(fake.calls('reports.markDuplicate')).toEqual([{ reportId: 'r-1', duplicateOf: '2026-0001' }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '标记重复' })).toBeNull());
  });

  it('closes on 取消 without sending anything', async () => {
    const fake = openAsCommittee();

    press(await screen.findByText('标记重复'));
    await screen.findByRole('dialog', { name: '标记重复' });
    press('取消');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '标记重复' })).toBeNull());
    expect(fake.calls('reports.markDuplicate')).toHaveLength(0);
  });

  it('offers a choice on the sheet and asks for one before sending', async () => {
    const fake = openAsCommittee();

    press(await screen.findByText('转派'));
    const sheet = await screen.findByRole('dialog', { name: '转派给' });
    expect(sheet.textContent).toContain('第一网格');
    press('确定');
    expect(await screen.findByText('请选择转派对象')).toBeTruthy();
    expect(fake.calls('reports.reassign')).toHaveLength(0);

    press(screen.getByRole('radio', { name: '第二网格' }));
    press('确定');
    await waitFor(() => expect(fake.calls('reports.reassign')).toEqual([{ reportId: 'r-1', gridId: 'g-2' }]));
  });
});
