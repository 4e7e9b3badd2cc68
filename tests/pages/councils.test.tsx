// The council pages against a fake gateway: what each caller sees and may do, what is sent, and that results and
// choices stay out of sight until the count is published.
import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import TopicPage from '@/features/councils/pages/topic/index';
import TopicsPage from '@/features/councils/pages/topics/index';
import VotePage from '@/features/councils/pages/vote/index';
import ProposePage from '@/features/councils/pages/propose/index';
import { setElder } from '@/services/elder';
import { fakeServer, freshDevice, ok, press, resident, typeInto, typeIntoTextArea } from './support';
import { elevatorResult, listItem, topicOf, voteOf } from './councils-fixtures';
import { staff } from './reports-fixtures';

const route = (params: Record<string, string>) => jest.spyOn(taro, 'useRouter').mockReturnValue({ params } as unknown as ReturnType<typeof taro.useRouter>);
const page = (items: unknown[]) => ok({ items, nextBefore: null });

describe('topics list', () => {
  it('shows each topic with its stage and support, and the committee’s own entries only to the committee', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'topics.list': () => page([listItem(), listItem({ id: 't-2', title: '东门增设智能快递柜', status: 'accepted', outcome: 'passed' })]) });
    freshDevice();
    const { unmount } = render(<TopicsPage />);
    expect(await screen.findByText('5栋加装电梯')).toBeTruthy();
    expect(screen.getByText('附议 1/3')).toBeTruthy();
    expect(screen.getByText('已验收')).toBeTruthy();
    expect(screen.queryByText('房屋台账')).toBeNull();
    unmount();

    fakeServer({ 'session.me': () => ok(staff('committee')), 'topics.list': () => page([]) });
    freshDevice();
    render(<TopicsPage />);
    expect(await screen.findByText('房屋台账')).toBeTruthy();
    expect(screen.getByText('发起表决')).toBeTruthy();
  });
});

describe('topic page', () => {
  function open(topic = topicOf({}, { support: true })) {
    route({ id: topic.id });
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'topics.detail': () => ok(topic),
      'topics.comments': () => page([{ id: 'c1', authorName: '陈书记', official: true, mine: false, text: '居委会将联系街道了解补贴政策', photoUrls: [], createdAt: Date.now() }]),
      'topics.support': () => ok({ supportCount: 2, status: 'proposal' }),
    });
    freshDevice();
    render(<TopicPage />);
    return fake;
  }

  it('lets a neighbour support it and shows the committee’s reply marked official', async () => {
    const fake = open();
    expect(await screen.findByText('已有1人附议，需要3人')).toBeTruthy();
    expect(await screen.findByText('居委会答复')).toBeTruthy();
    press('我要附议');
    await waitFor(() => expect(fake.calls('topics.support')).toEqual([{ topicId: 't-1' }]));
    await waitFor(() => expect(fake.calls('topics.detail')).toHaveLength(2));
  });

  it('publishes the resolution with owners and area, each as a share of those taking part and of the electorate', async () => {
    open(
      topicOf({
        status: 'resolution',
        vote: { id: 'v-1', question: '是否同意5栋2单元加装电梯', options: voteOf().options, status: 'closed', rule: 'owners_assembly', opensAt: 0, closesAt: 1 },
        resolution: { outcome: 'passed', publishedAt: Date.now(), result: elevatorResult },
        timeline: [
          { kind: 'proposed', status: 'proposal', actorRole: 'resident', at: 1 },
          { kind: 'resolutionPublished', status: 'resolution', actorRole: 'system', at: 2, note: '@council.noteOutcome?outcome=%40outcome.passed' },
        ],
      }),
    );
    expect(await screen.findByText('决议公开')).toBeTruthy();
    expect(screen.getByText('业主 8/11 人（72.73%）')).toBeTruthy();
    expect(screen.getByText('面积 754.50/971.64 m²（77.65%）')).toBeTruthy();
    expect(screen.getByText('业主 6/8 人（75.00%）')).toBeTruthy();
    expect(screen.getByText('面积 575.38/754.50 m²（76.26%）')).toBeTruthy();
    expect(screen.getByText('表决结果：通过')).toBeTruthy();
    expect(screen.queryByText('我要附议')).toBeNull();
  });
});

describe('vote page', () => {
  function open(vote = voteOf({}, { cast: true })) {
    route({ id: vote.id });
    const fake = fakeServer({ 'session.me': () => ok(resident()), 'votes.detail': () => ok(vote), 'votes.cast': () => ok({ voted: true }) });
    freshDevice();
    return fake;
  }

  it('asks to confirm, sends only the choice, and says the ballot records the area, not who', async () => {
    const fake = open();
    render(<VotePage />);
    expect(await screen.findByText('按专有面积和业主人数计票：选票记录您房屋的面积，不记录房号和姓名')).toBeTruthy();
    expect(screen.getByText('您以「5栋2单元501」参与表决')).toBeTruthy();
    expect(screen.getByText('结果将在表决结束后公布')).toBeTruthy();
    press('赞成');
    press('投票');
    expect(await screen.findByText('投票后不能更改。您的选择：赞成')).toBeTruthy();
    expect(fake.calls('votes.cast')).toHaveLength(0);
    press('确定');
    await waitFor(() => expect(fake.calls('votes.cast')).toEqual([{ voteId: 'v-1', choice: ['yes'] }]));
  });

  it('tells a household’s second member 本户业主已投票 and offers no ballot', async () => {
    open(voteOf({ me: { status: 'household_voted', voterLabel: '5栋2单元501' } }));
    render(<VotePage />);
    expect(await screen.findByText('本户业主已投票')).toBeTruthy();
    expect(screen.queryByText('赞成')).toBeNull();
  });

  it('shows the published count once closed, and the download to the committee', async () => {
    open(voteOf({ status: 'closed', result: elevatorResult, turnout: 8 }, { tallyFile: true, electors: true }));
    render(<VotePage />);
    expect(await screen.findByText('表决结果')).toBeTruthy();
    expect(screen.getByText('通过')).toBeTruthy();
    expect(screen.getByText('下载计票文件')).toBeTruthy();
    expect(screen.queryByText('结果将在表决结束后公布')).toBeNull();
  });

  it('draws the choices larger in elder mode', async () => {
    open();
    setElder(true);
    const { container } = render(<VotePage />);
    await screen.findByText('赞成');
    expect(container.querySelector('.linli-page.is-elder .choice-button')).toBeTruthy();
  });
});

describe('propose', () => {
  it('checks the form with the shared schema, then proposes for the resident’s own building', async () => {
    const fake = fakeServer({
      'session.me': () => ok(resident()),
      'councils.settings': () => ok({ supportNeeded: 3, supportDays: 14, place: { building: { id: 'b-5', name: '5栋' }, grid: { id: 'g-2', name: '第二网格' } } }),
      'topics.propose': () => ok({ id: 't-9' }),
    });
    freshDevice();
    render(<ProposePage />);
    expect(await screen.findByText('14天内获得3位邻居附议，即列入议程')).toBeTruthy();
    press('提交议题');
    expect(await screen.findByText('请填写议题标题')).toBeTruthy();
    expect(fake.calls('topics.propose')).toHaveLength(0);

    await typeInto('议题标题', '5栋加装电梯');
    await typeIntoTextArea('5栋是六层老楼，没有电梯');
    press('提交议题');
    await waitFor(() =>
      expect(fake.calls('topics.propose')).toEqual([{ title: '5栋加装电梯', description: '5栋是六层老楼，没有电梯', photoIds: [], audience: { level: 'building', ids: ['b-5'] } }]),
    );
  });
});
