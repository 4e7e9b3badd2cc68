import Taro from '@tarojs/taro';
import { render, screen, waitFor } from '@testing-library/react';
import JoinPage from '@/features/membership/pages/join/index';
import { fakeServer, freshDevice, newcomer, ok, press, resident, typeInto, typeIntoTextArea } from './support';

const buildings = [
  { id: 'b-3', name: '3栋', households: [{ id: 'h-3-2-501', label: '3栋2单元501' }, { id: 'h-3-1-101', label: '3栋1单元101' }] },
  { id: 'b-5', name: '5栋', households: [{ id: 'h-5-1-302', label: '5栋1单元302' }] },
];

describe('join flow', () => {
  it('asks the committee to admit the chosen household, then shows the request as pending', async () => {
    let pending = false;
    const server = fakeServer({
      'session.me': () =>
        ok(
          pending
            ? { ...newcomer(), pendingRequest: { id: 'jr-1', communityName: '幸福里社区', householdLabel: '3栋2单元501', createdAt: 0 } }
            : newcomer(),
        ),
      'communities.list': () => ok([{ id: 'c-xingfuli', name: '幸福里社区', streetName: '青石街道' }]),
      'households.list': () => ok(buildings),
      'membership.requestJoin': () => {
        pending = true;
        return ok({ requestId: 'jr-1' });
      },
    });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('幸福里社区'));
    press(await screen.findByText('3栋'));
    press(await screen.findByText('3栋2单元501'));
    await typeIntoTextArea('我是户主的女儿');
    press('提交申请');

    await waitFor(() =>
      expect(server.calls('membership.requestJoin')).toEqual([
        { communityId: 'c-xingfuli', householdId: 'h-3-2-501', note: '我是户主的女儿' },
      ]),
    );
    expect(server.calls('households.list')).toEqual([{ communityId: 'c-xingfuli' }]);
    expect(await screen.findByText('已提交，等待居委会审核')).toBeTruthy();
  });

  it('asks for a nickname before anything is picked when there is none', async () => {
    const server = fakeServer({
      'session.me': () => ok(newcomer({ nickname: '' })),
      'communities.list': () => ok([{ id: 'c-xingfuli', name: '幸福里社区', streetName: '青石街道' }]),
    });
    freshDevice();
    render(<JoinPage />);

    expect(await screen.findByText('先给自己起个昵称')).toBeTruthy();
    expect(screen.queryByText('幸福里社区')).toBeNull();
    press('去填写昵称');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: expect.stringContaining('pages/profile/index') });
    expect(server.calls('membership.requestJoin')).toHaveLength(0);
  });

  it('explains a refusal and offers the way forward', async () => {
    fakeServer({
      'session.me': () => ok(newcomer()),
      'communities.list': () => ok([{ id: 'c-xingfuli', name: '幸福里社区', streetName: '青石街道' }]),
      'households.list': () => ok(buildings),
      'membership.requestJoin': () => ({
        ok: false,
        error: { code: 'FORBIDDEN', message: '请先填写昵称', reason: 'membership.nicknameFirst' },
      }),
    });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('幸福里社区'));
    press(await screen.findByText('5栋'));
    press(await screen.findByText('5栋1单元302'));
    press('提交申请');

    expect(await screen.findByText('请先填写昵称')).toBeTruthy();
    expect(screen.getByText('去填写昵称')).toBeTruthy();
  });

  it('makes the first committee member with the claim code printed at setup', async () => {
    let claimed = false;
    const server = fakeServer({
      'session.me': () => ok(claimed ? committee : newcomer()),
      'communities.list': () => ok([]),
      'membership.claimRole': () => {
        claimed = true;
        return ok(committee);
      },
    });
    const committee = resident({ membership: { communityId: 'c-xinghe', communityName: '星河社区', role: 'committee', householdId: null, householdLabel: null } });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('工作人员开通码'));
    await typeInto('工作人员开通码', 'dkse-my2e l9vp-43za');
    press('开通');

    await waitFor(() => expect(server.calls('membership.claimRole')).toEqual([{ code: 'DKSEMY2EL9VP43ZA' }]));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已开通星河社区居委会身份' })));
  });

  it('makes a grid worker with the code printed for their grid, and says so', async () => {
    const worker = resident({ membership: { communityId: 'c-xinghe', communityName: '星河社区', role: 'grid_worker', householdId: null, householdLabel: null } });
    fakeServer({ 'session.me': () => ok(newcomer()), 'communities.list': () => ok([]), 'membership.claimRole': () => ok(worker) });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('工作人员开通码'));
    await typeInto('工作人员开通码', 'ABCD-EFGH-JKLM-NPQR');
    press('开通');

    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已开通星河社区网格员身份' })));
  });

  it('refuses a claim code of the wrong length before asking the server', async () => {
    const server = fakeServer({ 'session.me': () => ok(newcomer()), 'communities.list': () => ok([]) });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('工作人员开通码'));
    await typeInto('工作人员开通码', 'ABCD-1234');
    press('开通');

    expect(await screen.findByText('开通码是16位字母或数字')).toBeTruthy();
    expect(server.calls('membership.claimRole')).toEqual([]);
  });

  it('tells a member they already belong instead of offering the form', async () => {
    fakeServer({ 'session.me': () => ok(resident()) });
    freshDevice();
    render(<JoinPage />);

    expect(await screen.findByText('你已是幸福里社区居民')).toBeTruthy();
    expect(screen.queryByText('选择社区')).toBeNull();
  });

  it('offers a retry when the communities cannot be loaded', async () => {
    let failing = true;
    fakeServer({
      'session.me': () => ok(newcomer()),
      'communities.list': () =>
        failing ? { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } } : ok([{ id: 'c-heping', name: '和平社区', streetName: '青石街道' }]),
    });
    freshDevice();
    render(<JoinPage />);

    expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeTruthy();
    failing = false;
    press('重试');
    expect(await screen.findByText('和平社区')).toBeTruthy();
  });
});
