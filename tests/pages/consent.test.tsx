import { render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import JoinPage from '@/features/membership/pages/join/index';
import { CONSENT_VERSION } from '@/domain/membership/schemas';
import { fakeServer, freshDevice, newcomer, ok, press, resident, typeInto } from './support';

describe('privacy consent gate', () => {
  it('holds an invite-code join until the person agrees, then records consent and joins', async () => {
    const server = fakeServer({
      'communities.list': () => ok([]),
      'session.me': () => ok(newcomer({ consentVersion: null })),
      'privacy.consent': () => ok({ consentVersion: CONSENT_VERSION }),
      'membership.joinWithCode': () => ok(resident()),
    });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('邀请码'));
    await typeInto('邀请码', 'ab12cd');
    press('加入');

    expect(await screen.findByText('隐私保护指引')).toBeTruthy();
    // Joining shares a home address, not photos or a location: the sheet says what this consent is for.
    expect(screen.getByText(/记录你的昵称和所住的楼栋、房号/)).toBeTruthy();
    expect(screen.queryByText(/照片/)).toBeNull();
    expect(server.calls('membership.joinWithCode')).toHaveLength(0);

    press('同意并继续');
    await waitFor(() => expect(server.calls('membership.joinWithCode')).toEqual([{ code: 'AB12CD' }]));
    expect(server.calls('privacy.consent')).toEqual([{ version: CONSENT_VERSION }]);
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已加入幸福里社区' })));
  });

  it('sends nothing when the person declines, and says why', async () => {
    const server = fakeServer({
      'communities.list': () => ok([]),
      'session.me': () => ok(newcomer({ consentVersion: null })),
      'privacy.consent': () => ok({ consentVersion: CONSENT_VERSION }),
      'membership.joinWithCode': () => ok(resident()),
    });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('邀请码'));
    await typeInto('邀请码', 'AB12CD');
    press('加入');
    press(await screen.findByText('暂不同意'));

    expect(await screen.findByText('需要同意隐私保护指引后才能加入社区')).toBeTruthy();
    expect(server.calls('privacy.consent')).toHaveLength(0);
    expect(server.calls('membership.joinWithCode')).toHaveLength(0);
  });

  it('does not ask again once the current terms are accepted', async () => {
    const server = fakeServer({
      'communities.list': () => ok([]),
      'session.me': () => ok(newcomer()),
      'membership.joinWithCode': () => ok(resident()),
    });
    freshDevice();
    render(<JoinPage />);

    press(await screen.findByText('邀请码'));
    await typeInto('邀请码', 'AB12CD');
    press('加入');

    await waitFor(() => expect(server.calls('membership.joinWithCode')).toHaveLength(1));
    expect(server.calls('privacy.consent')).toHaveLength(0);
  });
});
