import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import ReportDetailPage from '@/features/reports/pages/detail/index';
import type { ReportDetailView } from '@/domain/reports/types';
import { fakeServer, freshDevice, ok, press, resident, typeInto } from './support';
import { detailOf, staff } from './reports-fixtures';

function open(report: ReportDetailView, session = resident()) {
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: report.id } } as unknown as ReturnType<typeof taro.useRouter>);
  const fake = fakeServer({
    'session.me': () => ok(session),
    'reports.detail': () => ok(report),
    'reports.verify': (input) => ok({ id: report.id, status: input.decision === 'confirm' ? 'closed' : 'in_progress' }),
    'reports.accept': () => ok({ id: report.id, status: 'accepted' }),
    'reports.escalate': () => ok({ id: report.id, status: 'submitted' }),
  });
  freshDevice();
  render(<ReportDetailPage />);
  return fake;
}

describe('report detail', () => {
  it('shows the after-photo note and every step with its role, but no verify buttons for someone who may not verify', async () => {
    const fake = open(detailOf({ mine: false, can: { support: true } }));

    expect(await screen.findByText('处理进度')).toBeTruthy();
    expect(screen.getByText('处理说明：已清理完毕')).toBeTruthy();
    expect(screen.getAllByText(/^网格员 · /)).toHaveLength(2);
    expect(screen.getByText('上报人：居民')).toBeTruthy();
    expect(screen.getByText('我也遇到了')).toBeTruthy();
    expect(screen.queryByText('确认已解决')).toBeNull();
    expect(screen.queryByText('还没解决')).toBeNull();
    expect(fake.calls('reports.detail')).toEqual([{ reportId: 'r-1' }]);
  });

  it('needs a reason to reject a fix, then sends it', async () => {
    const fake = open(detailOf({ can: { verify: true } }));

    press(await screen.findByText('还没解决'));
    press(await screen.findByText('确定'));
    expect(await screen.findByText('请说明哪里还没处理好')).toBeTruthy();
    expect(fake.calls('reports.verify')).toHaveLength(0);

    await typeInto('哪里还没处理好？', '沙发还在');
    press('确定');
    await waitFor(() => expect(fake.calls('reports.verify')).toEqual([{ reportId: 'r-1', decision: 'reject', reason: '沙发还在' }]));
    await waitFor(() => expect(fake.calls('reports.detail')).toHaveLength(2));
  });

  it('asks before confirming the fix', async () => {
    const fake = open(detailOf({ can: { verify: true } }));

    press(await screen.findByText('确认已解决'));
    expect(await screen.findByText('确认问题已经解决？确认后案件办结。')).toBeTruthy();
    expect(fake.calls('reports.verify')).toHaveLength(0);
    press('确定');
    await waitFor(() => expect(fake.calls('reports.verify')).toEqual([{ reportId: 'r-1', decision: 'confirm' }]));
  });

  it('gives the grid worker 受理 and 上报上级 (with a reason) on a new case, and flags overdue', async () => {
    const fake = open(
      detailOf({ status: 'submitted', mine: false, overdue: true, flagged: true, afterPhotoUrls: [], resolutionNote: null, can: { accept: true, escalate: true } }),
      staff('grid_worker'),
    );

    expect(await screen.findByText('已超时')).toBeTruthy();
    expect(screen.getByText('督办')).toBeTruthy();
    expect(screen.queryByText('确认已解决')).toBeNull();
    expect(screen.queryByText('办结')).toBeNull();

    press('上报上级');
    press(await screen.findByText('确定'));
    expect(await screen.findByText('请说明上报原因')).toBeTruthy();
    expect(fake.calls('reports.escalate')).toHaveLength(0);
    press('取消');

    press('受理');
    await waitFor(() => expect(fake.calls('reports.accept')).toEqual([{ reportId: 'r-1' }]));
  });

  it('counts neighbours who met the problem only once there are some, and offers "me too" only to who may say it', async () => {
    open(detailOf({ status: 'accepted', mine: false, supportCount: 0, can: { resolve: true } }), staff('grid_worker'));

    expect(await screen.findByText('处理进度')).toBeTruthy();
    expect(screen.queryByText(/人遇到/)).toBeNull();
    expect(screen.queryByText('我也遇到了')).toBeNull();
  });

  it('shows how many neighbours met the problem', async () => {
    open(detailOf({ supportCount: 3 }));

    expect(await screen.findByText(/3人遇到/)).toBeTruthy();
  });

  it('draws 屏蔽 as a destructive step and asks before hiding', async () => {
    const fake = open(detailOf({ mine: false, can: { moderate: true } }), staff('committee'));

    const hide = (await screen.findByText('屏蔽')).closest('.nut-button') as HTMLElement;
    expect(hide.className).toContain('nut-button-danger');
    press(hide);
    expect(await screen.findByText('屏蔽后居民看不到这个问题，处理仍会继续。')).toBeTruthy();
    expect(fake.calls('reports.hide')).toHaveLength(0);
  });

  it('offers retry when the case cannot be loaded', async () => {
    jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: 'r-1' } } as unknown as ReturnType<typeof taro.useRouter>);
    let attempts = 0;
    fakeServer({
      'session.me': () => ok(resident()),
      'reports.detail': () => {
        attempts += 1;
        return attempts === 1 ? { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } } : ok(detailOf());
      },
    });
    freshDevice();
    render(<ReportDetailPage />);

    expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeTruthy();
    press('重试');
    expect(await screen.findByText('处理进度')).toBeTruthy();
  });
});
