// 公告 screens against a fake gateway: the home section, the notice page with its history, the publish form with
// its audience picker, and 知晓率 with the unread doors.
import { render, screen, waitFor, within } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import Taro from '@tarojs/taro';
import HomePage from '@/pages/home/index';
import NoticeDetailPage from '@/features/notices/pages/detail/index';
import PublishNoticePage from '@/features/notices/pages/publish/index';
import ReadsPage from '@/features/notices/pages/reads/index';
import { setLocale } from '@/services/i18n';
import { fakeServer, freshDevice, ok, press, resident, typeInto, typeIntoTextArea } from './support';
import { noticeDetail, noticeRow, places, readStats } from './notices-fixtures';
import { staff } from './reports-fixtures';

const routeTo = (params: Record<string, string>) =>
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params } as unknown as ReturnType<typeof taro.useRouter>);

afterEach(() => jest.restoreAllMocks());

describe('home notices', () => {
  it('shows the feed in the server’s order (pinned first), marks the unread ones, and opens a notice', async () => {
    fakeServer({
      'session.me': () => ok(resident()),
      'notices.feed': () => ok({ items: [noticeRow('a', { pinned: true, unread: true }), noticeRow('b'), noticeRow('c', { unread: true })], nextBefore: null }),
    });
    freshDevice();
    render(<HomePage />);

    await screen.findByText('3栋停水通知 a');
    const titles = Array.from(document.querySelectorAll('.notice-card__title')).map((node) => node.textContent);
    expect(titles).toEqual(['3栋停水通知 a', '3栋停水通知 b', '3栋停水通知 c']);
    expect(screen.getAllByLabelText('未读')).toHaveLength(2);
    expect(screen.getByText('置顶')).toBeTruthy();
    press('3栋停水通知 b');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/notices/pages/detail/index?id=b' });
  });

  it('says there are no notices yet', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'notices.feed': () => ok({ items: [], nextBefore: null }) });
    freshDevice();
    render(<HomePage />);
    expect(await screen.findByText('暂无公告')).toBeTruthy();
  });
});

describe('notice page', () => {
  it('shows a 公示 that was changed as 已修改, with its earlier version one tap away', async () => {
    routeTo({ id: 'nt-1' });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'notices.detail': () =>
        ok(
          noticeDetail({
            category: 'publicity',
            title: '微更新设计方案公示',
            body: ['公示期为10天。'],
            edited: true,
            editedAt: 1,
            version: 2,
            history: [{ version: 1, title: '微更新设计方案公示', body: ['公示期为7天。'], imageUrls: [], since: 0, replacedAt: 1 }],
          }),
        ),
    });
    freshDevice();
    render(<NoticeDetailPage />);

    expect(await screen.findByText('公示期为10天。')).toBeTruthy();
    expect(screen.getByText('已修改')).toBeTruthy();
    expect(screen.queryByText('公示期为7天。')).toBeNull();
    press('查看修改记录（1）');
    expect(await screen.findByText('公示期为7天。')).toBeTruthy();
    expect(fake.calls('notices.detail')).toEqual([{ noticeId: 'nt-1' }]);
    expect(screen.queryByText('查看知晓率')).toBeNull();
  });

  it('gives the committee 知晓率, editing and withdrawing, as the server allows', async () => {
    routeTo({ id: 'nt-1' });
    fakeServer({
      'session.me': () => ok(staff('committee')),
      'notices.detail': () => ok(noticeDetail({ can: { edit: true, withdraw: true, readStats: true } })),
    });
    freshDevice();
    render(<NoticeDetailPage />);
    press(await screen.findByText('查看知晓率'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/notices/pages/reads/index?id=nt-1' });
    expect(screen.getByText('修改公告')).toBeTruthy();
    expect(screen.getByText('撤回公告')).toBeTruthy();
  });

  it('reads in English with the category from the shared words', async () => {
    routeTo({ id: 'nt-1' });
    fakeServer({ 'session.me': () => ok(resident()), 'notices.detail': () => ok(noticeDetail({ edited: true, editedAt: 1, version: 2 })) });
    freshDevice();
    setLocale('en-US');
    render(<NoticeDetailPage />);
    expect(await screen.findByText('Water / power cut')).toBeTruthy();
    expect(screen.getByText('Sent to: 3栋')).toBeTruthy();
    expect(screen.getByText('Edited')).toBeTruthy();
  });
});

describe('publish form', () => {
  const open = () => {
    routeTo({});
    const fake = fakeServer({
      'session.me': () => ok(staff('committee')),
      'places.tree': () => ok(places),
      'notices.publish': () => ok({ id: 'nt-new', publishAt: 0 }),
    });
    freshDevice();
    render(<PublishNoticePage />);
    return fake;
  };

  it('names what is missing before sending anything', async () => {
    const fake = open();
    press(await screen.findByText('发布'));
    expect(await screen.findByText('请选择公告类型')).toBeTruthy();
    expect(screen.getByText('请填写标题')).toBeTruthy();
    expect(fake.calls('notices.publish')).toEqual([]);
  });

  it('sends a notice to the buildings picked, then opens it', async () => {
    const fake = open();
    press(await screen.findByText('停水停电'));
    await typeInto('标题', '3栋停水通知');
    await typeIntoTextArea('本周六8:00—16:00停水。\n请提前储水。');
    press('按楼栋');
    press(await screen.findByText('3栋'));
    press('发布');
    await waitFor(() => expect(fake.calls('notices.publish')).toHaveLength(1));
    expect(fake.calls('notices.publish')[0]).toEqual({
      title: '3栋停水通知',
      body: '本周六8:00—16:00停水。\n请提前储水。',
      imageIds: [],
      pinned: false,
      expiresAt: null,
      category: 'outage',
      audience: { level: 'building', ids: ['b-3'] },
      important: false,
    });
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/notices/pages/detail/index?id=nt-new' }));
  });

  it('pins the notice when the 置顶 switch is turned on', async () => {
    const fake = open();
    press(await screen.findByText('活动'));
    await typeInto('标题', '卫生大清除');
    await typeIntoTextArea('周日上午9:00集合');
    const pin = screen.getByRole('switch', { name: '置顶' });
    expect(pin.getAttribute('aria-checked')).toBe('false');
    press(pin);
    expect(pin.getAttribute('aria-checked')).toBe('true');
    press('发布');
    await waitFor(() => expect(fake.calls('notices.publish')).toEqual([expect.objectContaining({ pinned: true, category: 'event', audience: { level: 'community' } })]));
  });

  it('asks for at least one building when 按楼栋 is chosen', async () => {
    const fake = open();
    press(await screen.findByText('通知'));
    await typeInto('标题', '通知');
    await typeIntoTextArea('内容');
    press('按楼栋');
    press('发布');
    expect(await screen.findByText('请至少选择一个范围')).toBeTruthy();
    expect(fake.calls('notices.publish')).toEqual([]);
  });

  it('shows the server’s refusal of a place outside the community next to the audience', async () => {
    const fake = open();
    fake.on('notices.publish', () => ({ ok: false, error: { code: 'INVALID_INPUT', message: '', reason: 'scope.unknownPlace', fields: { audience: 'scope.unknownPlace' } } }));
    press(await screen.findByText('通知'));
    await typeInto('标题', '通知');
    await typeIntoTextArea('内容');
    press('发布');
    expect(await screen.findByText('所选范围不属于本社区')).toBeTruthy();
  });
});

describe('知晓率', () => {
  it('shows 1/5 households for 3栋 and the four doors nobody has read it behind', async () => {
    routeTo({ id: 'nt-1' });
    const fake = fakeServer({
      'session.me': () => ok(staff('committee')),
      'notices.readStats': () => ok(readStats()),
      'notices.unreadHouseholds': () =>
        ok([
          { householdId: 'h1', label: '3栋1单元302', residents: 0 },
          { householdId: 'h2', label: '3栋2单元501', residents: 1 },
          { householdId: 'h3', label: '3栋2单元602', residents: 1 },
          { householdId: 'h4', label: '3栋3单元201', residents: 2 },
        ]),
    });
    freshDevice();
    render(<ReadsPage />);

    expect((await screen.findAllByText('1/5 · 20%')).length).toBeGreaterThan(0);
    expect(screen.getByText('1/4 · 25%')).toBeTruthy();
    const doors = await screen.findByLabelText('3栋 未读住户（4户）');
    expect(within(doors).getByText('3栋1单元302')).toBeTruthy();
    expect(within(doors).getByText('未登记居民')).toBeTruthy();
    expect(within(doors).getByText('2位居民')).toBeTruthy();
    expect(fake.calls('notices.unreadHouseholds')).toEqual([{ noticeId: 'nt-1', buildingId: 'b-3' }]);
  });
});
