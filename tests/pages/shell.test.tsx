import { render, screen, waitFor } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import MePage from '@/pages/me/index';
import { setToken } from '@/services/session';
import { fakeServer, freshDevice, newcomer, ok, press, resident } from './support';

describe('app shell', () => {
  it('shows the community and household of a member on 首页', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'notices.feed': () => ok({ items: [], nextBefore: null }) });
    freshDevice();
    render(<HomePage />);

    expect(await screen.findByText('幸福里社区')).toBeTruthy();
    expect(screen.getByText('3栋2单元501 · 居民')).toBeTruthy();
    expect(await screen.findByText('暂无公告')).toBeTruthy();
  });

  it('turns a network failure into an error with a retry that recovers', async () => {
    let online = false;
    fakeServer({ 'session.me': () => ok(resident()) });
    const answer = global.fetch;
    global.fetch = jest.fn(async (...args: Parameters<typeof fetch>) => {
      if (!online) throw new TypeError('Failed to fetch');
      return answer(...args);
    }) as typeof fetch;
    freshDevice();
    render(<HomePage />);

    expect(await screen.findByText('网络异常，请检查网络后重试')).toBeTruthy();
    online = true;
    press('重试');
    expect(await screen.findByText('幸福里社区')).toBeTruthy();
  });

  it('offers dev login on H5 when nobody is signed in, and signs in as the chosen person', async () => {
    fakeServer({
      'session/dev-users': () =>
        ok([{ key: 'resident-wang', nickname: '王阿姨', role: 'resident', communityId: 'c-xingfuli', description: '幸福里居民' }]),
      'session/dev-login': () => ok({ token: 'wang-token' }),
      'session.me': () => ok(resident()),
    });
    freshDevice();
    setToken(null);
    render(<HomePage />);

    expect(await screen.findByText('选择演示身份')).toBeTruthy();
    expect(screen.getAllByText('新居民').length).toBeGreaterThan(0);
    press(await screen.findByText('王阿姨'));

    expect(await screen.findByText('幸福里社区')).toBeTruthy();
  });

  it('shows a pending join request as 待审核 on 我的', async () => {
    fakeServer({
      'session.me': () =>
        ok({ ...newcomer(), pendingRequest: { id: 'jr-1', communityName: '幸福里社区', householdLabel: '3栋2单元501', createdAt: 0 } }),
      'inbox.list': () => ok({ items: [], nextBefore: null, unread: 0 }),
    });
    freshDevice();
    render(<MePage />);

    expect(await screen.findByText('待审核')).toBeTruthy();
    expect(screen.getByText('幸福里社区 3栋2单元501')).toBeTruthy();
  });

  it('shows the committee the number of requests waiting', async () => {
    fakeServer({
      'session.me': () =>
        ok(resident({ membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'committee', householdId: null, householdLabel: null } })),
      'membership.pendingRequests': () => ok([{ id: 'a' }, { id: 'b' }, { id: 'c' }]),
      'inbox.list': () => ok({ items: [], nextBefore: null, unread: 0 }),
    });
    freshDevice();
    render(<MePage />);

    expect(await screen.findByText('入户审核')).toBeTruthy();
    expect(screen.getByText('住户邀请码')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('3')).toBeTruthy());
  });

  it('offers the street office no join review: that is the community committee\'s', async () => {
    const server = fakeServer({
      'session.me': () =>
        ok(resident({ membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'street', householdId: null, householdLabel: null } })),
      'inbox.list': () => ok({ items: [], nextBefore: null, unread: 0 }),
    });
    freshDevice();
    render(<MePage />);

    expect(await screen.findByText('幸福里社区')).toBeTruthy();
    expect(screen.queryByText('入户审核')).toBeNull();
    expect(screen.queryByText('住户邀请码')).toBeNull();
    expect(server.calls('membership.pendingRequests')).toEqual([]);
  });
});
