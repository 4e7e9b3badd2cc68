// 参与 lists what the registry says has shipped (to those the server lets use it), and the rest as coming soon.
import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ParticipatePage from '@/pages/participate/index';
import { fakeServer, freshDevice, ok, resident, press } from './support';
import { staff } from './reports-fixtures';

// A registry where polls has shipped with a committee-only entry, as a feature would register it.
jest.mock('@/features/registry', () => {
  const actual = jest.requireActual('@/features/registry');
  return {
    ...actual,
    participateEntries: [
      { feature: 'polls', title: 'report.levelCommunity', desc: 'report.dutyQueue', page: 'pages/list/index', url: '/features/polls/pages/list/index', ability: 'overseeCases' },
    ],
  };
});

describe('参与 tab', () => {
  it('shows a shipped feature’s entry to whom the server grants its ability, and drops its 即将上线 row', async () => {
    fakeServer({ 'session.me': () => ok(staff('committee')) });
    freshDevice();
    render(<ParticipatePage />);

    press(await screen.findByText('社区'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/polls/pages/list/index' });
    expect(screen.queryByText('民意调查')).toBeNull();
    expect(screen.getByText('居民议事')).toBeTruthy();
    expect(screen.getAllByText('即将上线')).toHaveLength(4);
  });

  it('hides the entry from a resident without the ability; the features still being built stay marked', async () => {
    fakeServer({ 'session.me': () => ok(resident()) });
    freshDevice();
    render(<ParticipatePage />);

    expect(await screen.findByText('居民议事')).toBeTruthy();
    expect(screen.queryByText('社区')).toBeNull();
    expect(screen.queryByText('民意调查')).toBeNull();
    expect(screen.getAllByText('即将上线')).toHaveLength(4);
  });
});
