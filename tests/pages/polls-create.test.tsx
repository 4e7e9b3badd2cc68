// The committee writes a poll: the satisfaction template, the shared schema's checks before sending, the audience
// among the community's own grids; and the poll list offers 发起调查 only to those the server allows.
import { render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CreatePollPage from '@/features/polls/pages/create/index';
import PollListPage from '@/features/polls/pages/list/index';
import { abilitiesOf } from '@/domain/abilities';
import { fakeServer, freshDevice, ok, press, resident, typeInto } from './support';
import { summaryOf } from './polls-fixtures';

const committee = () => resident({ membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'committee', householdId: null, householdLabel: null }, can: abilitiesOf('committee') });

const MAP = { communityId: 'c-xingfuli', name: '幸福里社区', center: { lat: 30.66, lng: 104.08 }, grids: [{ id: 'g-1', name: '第一网格', polygon: [] }, { id: 'g-2', name: '第二网格', polygon: [] }] };

function openForm() {
  const fake = fakeServer({
    'session.me': () => ok(committee()),
    'reports.map': () => ok(MAP),
    'households.list': () => ok([{ id: 'b-1', name: '1栋', households: [] }]),
    'polls.create': () => ok({ id: 'p_new' }),
  });
  freshDevice();
  render(<CreatePollPage />);
  return fake;
}

describe('creating a poll', () => {
  it('fills the yearly satisfaction survey from the template and publishes it per household, anonymous, for 14 days', async () => {
    const fake = openForm();
    press(await screen.findByText('使用满意度模板'));
    expect(await screen.findByDisplayValue(/年物业服务满意度调查$/)).toBeTruthy();
    const before = Date.now();
    press('发布调查');
    await waitFor(() => expect(fake.calls('polls.create')).toHaveLength(1));
    const sent = fake.calls('polls.create')[0]!;
    expect(sent).toMatchObject({ unit: 'household', anonymous: true, results: 'afterClose', audience: { level: 'community' } });
    expect((sent.questions as Array<{ kind: string }>).map((question) => question.kind)).toEqual(['rating', 'rating', 'rating', 'rating', 'single', 'text']);
    expect(sent.closesAt as number).toBeGreaterThanOrEqual(before + 14 * 86_400_000);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/polls/pages/answer/index?id=p_new' }));
  });

  it('checks the form with the shared schema before sending: a title, options filled in', async () => {
    const fake = openForm();
    press(await screen.findByText('发布调查'));
    expect((await screen.findAllByText('请填写调查标题')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('请填写题目').length).toBeGreaterThan(0);
    expect(fake.calls('polls.create')).toHaveLength(0);

    await typeInto('调查标题', '楼道堆物清理意见征询');
    await typeInto('题目内容', '是否同意集中清理？');
    await typeInto('选项1', '同意');
    await typeInto('选项2', '同意');
    press('发布调查');
    expect((await screen.findAllByText('选项不能重复')).length).toBeGreaterThan(0);
    await typeInto('选项2', '不同意');
    press('发布调查');
    await waitFor(() => expect(fake.calls('polls.create')).toHaveLength(1));
    expect(fake.calls('polls.create')[0]).toMatchObject({ title: '楼道堆物清理意见征询', questions: [{ kind: 'single', title: '是否同意集中清理？', options: ['同意', '不同意'] }] });
  });

  it('addresses a poll to grids picked from the community’s own', async () => {
    const fake = openForm();
    press(await screen.findByText('使用满意度模板'));
    press('按网格');
    press(await screen.findByText('第二网格'));
    expect(within(screen.getByRole('group', { name: '按网格' })).getByRole('checkbox', { checked: true }).textContent).toBe('第二网格');
    press('发布调查');
    await waitFor(() => expect(fake.calls('polls.create')[0]).toMatchObject({ audience: { level: 'grid', ids: ['g-2'] } }));
  });
});

describe('the poll list', () => {
  it('offers 发起调查 to the committee and lists every poll with where the reader stands', async () => {
    fakeServer({ 'session.me': () => ok(committee()), 'polls.list': () => ok({ items: [summaryOf({ mine: 'notEligible', responseCount: 12 })], nextBefore: null }) });
    freshDevice();
    render(<PollListPage />);
    expect(await screen.findByText('2026年物业服务满意度调查')).toBeTruthy();
    expect(screen.getByText('已有12份回答')).toBeTruthy();
    press('发起调查');
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/polls/pages/create/index' }));
  });

  it('shows a resident what awaits them, without 发起调查', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'polls.list': () => ok({ items: [summaryOf(), summaryOf({ id: 'p-2', title: '庭院环境整治意愿征询', phase: 'closed', mine: 'answered' })], nextBefore: null }) });
    freshDevice();
    render(<PollListPage />);
    expect(await screen.findByText('待填写')).toBeTruthy();
    expect(screen.getByText('已填写')).toBeTruthy();
    expect(screen.getByText('已结束')).toBeTruthy();
    expect(screen.queryByText('发起调查')).toBeNull();
  });
});
