// The 树木认养 pages against a fake server: the map's dots open trees, adopting asks first, an adopter sees their
// term and care log, care needs a photo, and the certificate is drawn with the adopter's name.
import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import Taro from '@tarojs/taro';
import TreeMapPage from '@/features/trees/pages/map/index';
import TreePage from '@/features/trees/pages/tree/index';
import CarePage from '@/features/trees/pages/care/index';
import CertificatePage from '@/features/trees/pages/certificate/index';
import MyTreesPage from '@/features/trees/pages/mine/index';
import { fakeServer, freshDevice, ok, press, resident } from './support';
import { XINGFULI_MAP } from './reports-fixtures';
import { careLog, IN_VIEW, myAdoption, treeDetail } from './trees-fixtures';

const routeTo = (params: Record<string, string>) =>
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params } as unknown as ReturnType<typeof taro.useRouter>);

describe('the tree map', () => {
  it('draws every tree in view as a labelled dot and opens a tree’s page from it', async () => {
    const fake = fakeServer({ 'session.me': () => ok(resident()), 'reports.map': () => ok(XINGFULI_MAP), 'trees.inView': () => ok(IN_VIEW) });
    freshDevice();
    render(<TreeMapPage />);

    const free = await screen.findByLabelText('香樟 XFL-030 · 可认养');
    expect(screen.getByLabelText('桂花 XFL-020 · 可认养 · 古树名木')).toBeTruthy();
    expect(screen.getByLabelText('小叶榕 XFL-040 · 需关注')).toBeTruthy();
    expect(screen.getByText('图上4棵树')).toBeTruthy();
    expect(fake.calls('trees.inView')[0]).toMatchObject({ minLat: expect.any(Number), maxLng: expect.any(Number) });
    expect(screen.queryByText('养护管理')).toBeNull();
    press(free);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/trees/pages/tree/index?id=t-030' });
  });
});

describe('a tree’s page', () => {
  it('asks before adopting, then adopts as chosen', async () => {
    routeTo({ id: 't-030' });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'trees.detail': () => ok(treeDetail()),
      'trees.careLogs': () => ok({ items: [], nextBefore: null }),
      'trees.adopt': () => ok({ adoptionId: 'a-1', endsAt: 0 }),
    });
    freshDevice();
    render(<TreePage />);

    expect(await screen.findByText('暂时没有人认养，欢迎认养')).toBeTruthy();
    press('认养这棵树');
    expect(await screen.findByText('认养香樟')).toBeTruthy();
    expect(fake.calls('trees.adopt')).toHaveLength(0);
    press('以家庭认养');
    press('确定');
    await waitFor(() => expect(fake.calls('trees.adopt')).toEqual([{ treeId: 't-030', as: 'household', showName: false }]));
    expect(await screen.findByText('认养成功！记得常来看看它')).toBeTruthy();
    expect(fake.calls('trees.detail')).toHaveLength(2);
  });

  it('gives the adopter their term, 养护打卡 and the certificate, and shows the care log by name', async () => {
    routeTo({ id: 't-001' });
    fakeServer({
      'session.me': () => ok(resident()),
      'trees.detail': () =>
        ok(treeDetail({ id: 't-001', status: 'adopted', adopted: true, adopterName: '赵大爷', adopterKind: 'person', mine: myAdoption(), can: { adopt: false, end: true, certificate: true, logCare: ['water', 'prune', 'straighten', 'pest_control', 'litter', 'sickness'] } })),
      'trees.careLogs': () => ok({ items: [careLog('cl-1'), careLog('cl-2', { act: 'sickness', condition: 'pest', verification: 'pending', caseId: 'r-9' })], nextBefore: null }),
    });
    freshDevice();
    render(<TreePage />);

    expect(await screen.findByText('认养人：赵大爷')).toBeTruthy();
    expect(screen.getByText('认养期：2026-11-20 至 2027-11-19')).toBeTruthy();
    expect(screen.queryByText('认养这棵树')).toBeNull();
    expect(await screen.findByText('发现：病虫害')).toBeTruthy();
    expect(screen.getAllByText('认养人 赵大爷 · 2026-11-17')).toHaveLength(2);
    press('认养证书');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/trees/pages/certificate/index?id=a-1' });
    press('查看随手拍进度 ›');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/reports/pages/detail/index?id=r-9' });
  });

  it('asks before ending an adoption early', async () => {
    routeTo({ id: 't-001' });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'trees.detail': () => ok(treeDetail({ adopted: true, mine: myAdoption(), can: { adopt: false, end: true, certificate: true } })),
      'trees.careLogs': () => ok({ items: [], nextBefore: null }),
      'trees.endAdoption': () => ok({ adoptionId: 'a-1' }),
    });
    freshDevice();
    render(<TreePage />);
    press(await screen.findByText('结束认养'));
    expect(await screen.findByText('结束后这棵树会立即开放给其他邻居认养，养护记录会保留。')).toBeTruthy();
    press('确定');
    await waitFor(() => expect(fake.calls('trees.endAdoption')).toEqual([{ adoptionId: 'a-1' }]));
  });
});

describe('logging care', () => {
  it('needs a photo before anything is sent', async () => {
    routeTo({ id: 't-001' });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'trees.detail': () => ok(treeDetail({ can: { logCare: ['water', 'prune', 'straighten', 'pest_control', 'litter', 'sickness'] } })),
      'trees.logCare': () => ok({ id: 'cl-9', caseId: null }),
    });
    freshDevice();
    render(<CarePage />);
    press(await screen.findByText('修剪'));
    press('病虫害');
    press('提交');
    expect(await screen.findByText('请拍一张养护照片')).toBeTruthy();
    expect(fake.calls('trees.logCare')).toHaveLength(0);
    expect(screen.getByRole('radio', { name: '修剪' }).getAttribute('aria-checked')).toBe('true');
  });

  it('offers a neighbour who did not adopt the tree only 发现病害', async () => {
    routeTo({ id: 't-001', act: 'sickness' });
    fakeServer({ 'session.me': () => ok(resident()), 'trees.detail': () => ok(treeDetail()) });
    freshDevice();
    render(<CarePage />);
    expect(await screen.findByRole('radio', { name: '发现病害' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: '浇水' })).toBeNull();
  });
});

describe('我的树 and the certificate', () => {
  it('lists my trees with care due first marked', async () => {
    fakeServer({
      'session.me': () => ok(resident()),
      'trees.mine': () => ok([{ tree: treeDetail({ adopted: true }), adoption: myAdoption({ kind: 'household' }), careDue: true }]),
    });
    freshDevice();
    render(<MyTreesPage />);
    expect(await screen.findByText('香樟 · XFL-030')).toBeTruthy();
    expect(screen.getAllByText('该养护了').length).toBeGreaterThan(0);
    expect(screen.getByText('家庭认养')).toBeTruthy();
  });

  it('draws the certificate with the adopter’s name and the tree', async () => {
    routeTo({ id: 'a-1' });
    const drawn: string[] = [];
    const calls: Record<string, unknown> = {
      fillText: (text: string) => drawn.push(text),
      measureText: (text: string) => ({ width: text.length * 14 }),
      draw: (_reserve: boolean, done?: () => void) => done?.(),
    };
    const context = new Proxy({}, { get: (_target, name) => calls[String(name)] ?? (() => undefined) });
    (Taro as unknown as { createCanvasContext: unknown }).createCanvasContext = jest.fn(() => context);
    fakeServer({
      'session.me': () => ok(resident()),
      'trees.certificate': () =>
        ok({ number: 'XFL-030-2026-AB12', communityName: '幸福里社区', adopterName: '李师傅', kind: 'person', species: 'camphor', treeCode: 'XFL-030', spot: '6栋北侧', plantedYear: 2010, heritage: false, startsAt: Date.parse('2026-11-20T09:00:00+08:00'), endsAt: Date.parse('2027-11-20T00:00:00+08:00') }),
    });
    freshDevice();
    render(<CertificatePage />);
    const card = await screen.findByRole('img', { name: /树木认养证书，李师傅，认养香樟一棵（编号XFL-030）/ });
    expect(card).toBeTruthy();
    await waitFor(() => expect(drawn).toEqual(expect.arrayContaining(['树木认养证书', '李师傅', '证书编号 XFL-030-2026-AB12'])));
  });
});
