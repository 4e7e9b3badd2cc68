import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MePage from '@/pages/me/index';
import { fakeServer, freshDevice, newcomer, ok, press } from './support';

describe('language switch', () => {
  it('renders 我的 in English after switching, and remembers the choice', async () => {
    fakeServer({ 'session.me': () => ok(newcomer()), 'inbox.list': () => ok({ items: [], nextBefore: null, unread: 0 }) });
    freshDevice();
    render(<MePage />);

    expect(await screen.findByText('未加入社区')).toBeTruthy();
    press('语言 Language');

    expect(await screen.findByText('Not in a community')).toBeTruthy();
    expect(screen.getByText('Large text mode')).toBeTruthy();
    expect(screen.getByText('Messages')).toBeTruthy();
    expect(screen.queryByText('未加入社区')).toBeNull();
    expect(Taro.setStorageSync).toHaveBeenCalledWith('linli.locale', 'en-US');
    expect(Taro.setTabBarItem).toHaveBeenCalledWith({ index: 3, text: 'Me' });
  });
});
