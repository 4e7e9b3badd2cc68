// The 文明承诺 pages against a fake server: signing shows the clauses and asks for a confirming tap, a signer sees
// their card and may withdraw, the wall shows coverage, named signers and 践诺, and 门前三包 needs a drawn zone.
import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import Taro from '@tarojs/taro';
import type { PledgeDetail, PledgeWall, ShopView } from '@/domain/pledges/types';
import PledgeListPage from '@/features/pledges/pages/list/index';
import PledgePage from '@/features/pledges/pages/pledge/index';
import WallPage from '@/features/pledges/pages/wall/index';
import ShopPage from '@/features/pledges/pages/shop/index';
import { fakeServer, freshDevice, ok, press, resident, typeInto } from './support';
import { XINGFULI_MAP } from './reports-fixtures';

const T0 = Date.parse('2026-11-20T09:00:00+08:00');
const routeTo = (params: Record<string, string>) =>
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params } as unknown as ReturnType<typeof taro.useRouter>);

const CLAUSES = ['按四类分好再投放', '定时定点投放，不乱扔乱放'];

const pledge = ({ can, ...overrides }: Partial<Omit<PledgeDetail, 'can'>> & { can?: Partial<PledgeDetail['can']> } = {}): PledgeDetail => ({
  id: 'pl-1',
  kind: 'sorting',
  title: '垃圾分类承诺书',
  term: '2026 年度',
  audience: 'residents',
  target: 500,
  signedCount: 21,
  coverUrl: null,
  status: 'open',
  signedByMe: false,
  createdAt: T0,
  clauses: CLAUSES,
  mine: null,
  can: { sign: true, signAsShop: false, close: false, ...can },
  ...overrides,
});

describe('the pledge list', () => {
  it('shows each pledge with its kind, term and count against the target', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'pledges.list': () => ok([{ ...pledge(), signedByMe: true }]) });
    freshDevice();
    render(<PledgeListPage />);
    expect(await screen.findByText('垃圾分类承诺书')).toBeTruthy();
    expect(screen.getByText('已签 21 / 500 份')).toBeTruthy();
    expect(screen.getByText('已签署')).toBeTruthy();
    expect(screen.getByText('2026 年度 · 居民签署')).toBeTruthy();
  });
});

describe('signing a pledge', () => {
  it('shows the clauses again and signs only after the confirming tap', async () => {
    routeTo({ id: 'pl-1' });
    const fake = fakeServer({ 'session.me': () => ok(resident()), 'pledges.detail': () => ok(pledge()), 'pledges.sign': () => ok({ signedCount: 22 }) });
    freshDevice();
    render(<PledgePage />);
    press(await screen.findByText('签署承诺'));
    expect(await screen.findByText('我已阅读以上承诺内容，愿意遵守，并接受邻里监督。')).toBeTruthy();
    expect(screen.getAllByText('1. 按四类分好再投放')).toHaveLength(2);
    expect(fake.calls('pledges.sign')).toHaveLength(0);
    press(screen.getAllByText('签署承诺').pop()!);
    await waitFor(() => expect(fake.calls('pledges.sign')).toEqual([{ pledgeId: 'pl-1', showName: true }]));
    await waitFor(() => expect(fake.calls('pledges.detail')).toHaveLength(2));
  });

  it('gives a signer their card and asks before withdrawing', async () => {
    routeTo({ id: 'pl-1' });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'pledges.detail': () => ok(pledge({ can: { sign: false }, mine: { signerKey: 'u:u_1', as: 'person', name: '王阿姨', showName: true, createdAt: T0, mayWithdraw: true } })),
      'pledges.withdraw': () => ok({ signedCount: 20 }),
    });
    freshDevice();
    render(<PledgePage />);
    expect(await screen.findByText('王阿姨 于 2026-11-20 签署')).toBeTruthy();
    expect(screen.queryByText('签署承诺')).toBeNull();
    press('撤回签署');
    press(await screen.findByText('确定'));
    await waitFor(() => expect(fake.calls('pledges.withdraw')).toEqual([{ pledgeId: 'pl-1' }]));
  });

  it('sends a shop to sign 门前三包 on its own page', async () => {
    routeTo({ id: 'pl-2' });
    fakeServer({ 'session.me': () => ok(resident()), 'pledges.detail': () => ok(pledge({ id: 'pl-2', kind: 'shopfront', audience: 'shops', can: { sign: false, signAsShop: true } })) });
    freshDevice();
    render(<PledgePage />);
    press(await screen.findByText('以商户身份签署门前三包'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/pledges/pages/shop/index?id=pl-2' });
  });
});

describe('the pledge wall', () => {
  const wall: PledgeWall = {
    pledgeId: 'pl-2',
    title: '门前三包责任书',
    term: '2026 年度',
    signedCount: 2,
    target: 6,
    coverage: { signed: 2, of: 6, unit: 'shops' },
    recentSigners: [{ name: '老成都面馆', as: 'shop', at: T0 }, { name: '赵大爷', as: 'household', at: T0 }],
    acts: [
      { kind: 'report.confirmed', params: { category: '@category.overflowing_bin' }, at: T0, name: '赵大爷', as: 'person' },
      { kind: 'care.verified', params: { species: '@species.camphor', act: '@care.water' }, at: T0, name: null, as: null },
    ],
  };

  it('shows coverage, the named signers and 践诺 in the reader’s language', async () => {
    routeTo({ id: 'pl-2' });
    fakeServer({ 'session.me': () => ok(resident()), 'pledges.wall': () => ok(wall) });
    freshDevice();
    render(<WallPage />);
    expect(await screen.findByText('门前三包覆盖率 33%（2/6 家商户）')).toBeTruthy();
    expect(screen.getByText('老成都面馆')).toBeTruthy();
    expect(screen.getByText('赵大爷家')).toBeTruthy();
    expect(screen.getByText('赵大爷 上报的「垃圾满溢」问题已办结')).toBeTruthy();
    expect(screen.getByText('一位签署人 为香樟浇水（已核实）')).toBeTruthy();
  });
});

describe('门前三包 for a shop', () => {
  const shops: ShopView[] = [
    { id: 's-1', name: '幸福便利店', address: '幸福路12号', lat: 30.65875, lng: 104.0805, signed: false, zone: null, mine: false },
    { id: 's-2', name: '老成都面馆', address: '幸福路18号', lat: 30.65875, lng: 104.0812, signed: true, zone: [[104.08105, 30.65858], [104.08135, 30.65858], [104.08135, 30.65885]], mine: false },
  ];

  it('offers only shops that have not signed, and needs the number and a drawn zone before signing', async () => {
    routeTo({ id: 'pl-2' });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'pledges.detail': () => ok(pledge({ id: 'pl-2', kind: 'shopfront', audience: 'shops', can: { sign: false, signAsShop: true } })),
      'pledges.shops': () => ok(shops),
      'reports.map': () => ok(XINGFULI_MAP),
      'pledges.signShop': () => ok({ signedCount: 3 }),
    });
    freshDevice();
    render(<ShopPage />);
    press(await screen.findByText('幸福便利店 · 幸福路12号'));
    expect(screen.queryByText(/老成都面馆 · 幸福路18号/)).toBeNull();
    await typeInto('店铺登记的联系电话', '13800000009');
    press('签署门前三包');
    expect(await screen.findByText('请在平面图上点出责任区的3个以上角点')).toBeTruthy();
    expect(screen.getByLabelText('幸福便利店门口')).toBeTruthy();
    expect(screen.getByLabelText('老成都面馆的责任区')).toBeTruthy();
    expect(fake.calls('pledges.signShop')).toHaveLength(0);
  });
});
