import { render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ProfilePage from '@/features/membership/pages/profile/index';
import { fakeServer, freshDevice, newcomer, ok, press, typeInto } from './support';

describe('profile page', () => {
  it('shows the schema’s message for an empty nickname and sends nothing', async () => {
    const server = fakeServer({
      'session.me': () => ok(newcomer({ nickname: '' })),
      'profile.update': (input) => ok({ ...newcomer().user, ...input }),
    });
    freshDevice();
    render(<ProfilePage />);

    await typeInto('昵称', '   ');
    press(await screen.findByText('保存'));

    expect(await screen.findByText('请填写昵称')).toBeTruthy();
    expect(server.calls('profile.update')).toHaveLength(0);
  });

  it('refuses a nickname longer than twenty characters', async () => {
    const server = fakeServer({ 'session.me': () => ok(newcomer()) });
    freshDevice();
    render(<ProfilePage />);

    await typeInto('昵称', '邻'.repeat(21));
    press(await screen.findByText('保存'));

    expect(await screen.findByText('最多20个字')).toBeTruthy();
    expect(server.calls('profile.update')).toHaveLength(0);
  });

  it('saves a trimmed nickname and goes back', async () => {
    const server = fakeServer({
      'session.me': () => ok(newcomer({ nickname: '' })),
      'profile.update': (input) => ok({ ...newcomer().user, ...input }),
    });
    freshDevice();
    render(<ProfilePage />);

    await typeInto('昵称', '  小何 ');
    press(await screen.findByText('保存'));

    await waitFor(() => expect(server.calls('profile.update')).toEqual([{ nickname: '小何', avatarUrl: '' }]));
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
  });

  it('shows the field message the server returns', async () => {
    fakeServer({
      'session.me': () => ok(newcomer()),
      'profile.update': () => ({
        ok: false,
        error: { code: 'CONTENT_REJECTED', message: '内容不合规', fields: { nickname: '昵称含有不合适的内容' } },
      }),
    });
    freshDevice();
    render(<ProfilePage />);

    await typeInto('昵称', '某某');
    press(await screen.findByText('保存'));

    expect(await screen.findByText('昵称含有不合适的内容')).toBeTruthy();
    expect(Taro.navigateBack).not.toHaveBeenCalled();
  });
});
