// What the server stores as codes reaches the reader in their language: inbox notices (kind + parameters),
// the server's own timeline notes (message references), refusals; and the photo sheet is the app's own.
import { render, screen, waitFor } from '@testing-library/react';
import Taro, * as taro from '@tarojs/taro';
import InboxPage from '@/features/notifications/pages/inbox/index';
import ReportDetailPage from '@/features/reports/pages/detail/index';
import NewReportPage from '@/features/reports/pages/new/index';
import type { InboxItem } from '@/domain/notifications/types';
import { setLocale } from '@/services/i18n';
import { fakeServer, freshDevice, ok, press, resident } from './support';
import { XINGFULI_MAP, detailOf, photosPickable } from './reports-fixtures';

const T0 = Date.UTC(2026, 10, 20, 2, 0);

const inbox: InboxItem[] = [
  { id: 'n-1', kind: 'membership.rejected', params: { reason: '该户登记人数已满' }, createdAt: T0 },
  { id: 'n-2', kind: 'report.accepted', params: { category: '@category.clutter', address: '5栋东侧' }, createdAt: T0, readAt: T0 },
];

describe('inbox notices', () => {
  it('renders each notice from its kind and parameters in Chinese', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'inbox.list': () => ok({ items: inbox, nextBefore: null, unread: 1 }) });
    freshDevice();
    render(<InboxPage />);

    expect(await screen.findByText('入户申请未通过')).toBeTruthy();
    expect(screen.getByText('原因：该户登记人数已满')).toBeTruthy();
    expect(screen.getByText('您上报的问题已受理')).toBeTruthy();
    expect(screen.getByText('乱堆乱放 · 5栋东侧')).toBeTruthy();
  });

  it('renders the same notices in English, a category parameter included; the resident’s own words stay as typed', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'inbox.list': () => ok({ items: inbox, nextBefore: null, unread: 1 }) });
    freshDevice();
    setLocale('en-US');
    render(<InboxPage />);

    expect(await screen.findByText('Your request to join was declined')).toBeTruthy();
    expect(screen.getByText('Reason: 该户登记人数已满')).toBeTruthy();
    expect(screen.getByText('Your report was accepted')).toBeTruthy();
    expect(screen.getByText('Clutter · 5栋东侧')).toBeTruthy();
    expect(screen.queryByText('入户申请未通过')).toBeNull();
  });

  it('marks a notice read when it is opened', async () => {
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'inbox.list': () => ok({ items: inbox, nextBefore: null, unread: 1 }),
      'inbox.markRead': () => ok({ unread: 0 }),
    });
    freshDevice();
    render(<InboxPage />);

    press(await screen.findByText('入户申请未通过'));
    await waitFor(() => expect(fake.calls('inbox.markRead')).toEqual([{ ids: ['n-1'] }]));
    await waitFor(() => expect(screen.queryByText('全部已读')).toBeNull());
  });
});

describe('timeline notes', () => {
  const report = detailOf({
    timeline: [
      { kind: 'submitted', status: 'submitted', actorRole: 'resident', at: T0 },
      { kind: 'reassigned', status: 'submitted', actorRole: 'committee', note: '@report.noteReassigned?to=%E7%AC%AC%E4%BA%8C%E7%BD%91%E6%A0%BC', at: T0 + 1 },
      { kind: 'resolved', status: 'resolved', actorRole: 'grid_worker', note: '已清理完毕', at: T0 + 2 },
    ],
  });

  function open() {
    jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: report.id } } as unknown as ReturnType<typeof taro.useRouter>);
    fakeServer({ 'session.me': () => ok(resident()), 'reports.detail': () => ok(report) });
    freshDevice();
  }

  it('renders the server’s notes in the reader’s language and a handler’s words as written', async () => {
    open();
    setLocale('en-US');
    render(<ReportDetailPage />);

    expect(await screen.findByText('Reassigned to 第二网格')).toBeTruthy();
    expect(screen.getByText('已清理完毕')).toBeTruthy();
    expect(screen.queryByText(/^@report/)).toBeNull();
  });

  it('renders the same note in Chinese', async () => {
    open();
    render(<ReportDetailPage />);
    expect(await screen.findByText('改派至第二网格')).toBeTruthy();
  });
});

describe('photo sheet', () => {
  it('asks camera or album in English, then opens the album only', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'reports.map': () => ok(XINGFULI_MAP), 'reports.nearby': () => ok([]) });
    photosPickable(['blob:photo-1']);
    freshDevice();
    setLocale('en-US');
    render(<NewReportPage />);

    press(await screen.findByText('Add photo'));
    expect(await screen.findByText('Take a photo')).toBeTruthy();
    expect(screen.getByText('Cancel')).toBeTruthy();
    expect(screen.queryByText('从相册选择')).toBeNull();
    press('Choose from album');

    expect(await screen.findByLabelText('Remove')).toBeTruthy();
    expect(Taro.chooseImage).toHaveBeenCalledWith(expect.objectContaining({ sourceType: ['album'] }));
  });
});
