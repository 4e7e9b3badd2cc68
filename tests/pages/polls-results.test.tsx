// The results page draws the count as bars with counts and shares, the average score and the turnout; the
// pending section on 首页 / 参与 lists what waits for me and nothing when nothing does.
import { render, screen, waitFor } from '@testing-library/react';
import Taro, * as taro from '@tarojs/taro';
import ResultsPage from '@/features/polls/pages/results/index';
import { PendingPolls } from '@/features/polls/components/PendingPolls';
import { PageShell } from '@/components/PageShell';
import { setLocale } from '@/services/i18n';
import { fakeServer, freshDevice, ok, press, resident } from './support';
import { resultsOf, summaryOf } from './polls-fixtures';

function openResults(results = resultsOf()) {
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: 'p-1' } } as unknown as ReturnType<typeof taro.useRouter>);
  const fake = fakeServer({ 'session.me': () => ok(resident()), 'polls.results': () => ok(results) });
  freshDevice();
  render(<ResultsPage />);
  return fake;
}

describe('poll results page', () => {
  it('shows the turnout against the audience, then each option with its count, share and a bar as long as its share', async () => {
    const fake = openResults();
    expect(await screen.findByText('3/40户参与，参与率7.5%')).toBeTruthy();
    expect(screen.getByText('平均4.33分')).toBeTruthy();
    expect(screen.getByLabelText('保洁 2户 · 66.7%')).toBeTruthy();
    expect(screen.getByLabelText('安保 0户 · 0%')).toBeTruthy();
    const bar = screen.getByLabelText('保洁 2户 · 66.7%').querySelector('.bars__fill') as HTMLElement;
    expect(bar.style.width).toBe('66.7%');
    expect(bar.className).toContain('bars__fill--lead');
    expect(screen.getByText('共2条文字意见，由居委会汇总')).toBeTruthy();
    expect(fake.calls('polls.results')).toEqual([{ pollId: 'p-1' }]);
  });

  it('lists the written comments when the committee reads them', async () => {
    openResults(resultsOf({ textsIncluded: true, questions: [{ questionId: 'q4', kind: 'text', title: '其他建议', answered: 2, texts: ['垃圾清运早一点', '夜间门岗没人'] }] }));
    expect(await screen.findByText('文字意见（2条）')).toBeTruthy();
    expect(screen.getByText('夜间门岗没人')).toBeTruthy();
  });

  it('says the results come after closing when the server refuses them', async () => {
    jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: 'p-1' } } as unknown as ReturnType<typeof taro.useRouter>);
    fakeServer({
      'session.me': () => ok(resident()),
      'polls.results': () => ({ ok: false, error: { code: 'FORBIDDEN', message: '结果将在调查结束后公布', reason: 'poll.resultsAfterClose' } }),
    });
    freshDevice();
    render(<ResultsPage />);
    expect(await screen.findByText('结果将在调查结束后公布')).toBeTruthy();
  });

  it('reads in English', async () => {
    jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: 'p-1' } } as unknown as ReturnType<typeof taro.useRouter>);
    fakeServer({ 'session.me': () => ok(resident()), 'polls.results': () => ok(resultsOf()) });
    freshDevice();
    setLocale('en-US');
    render(<ResultsPage />);
    expect(await screen.findByText('3 of 40 households took part, turnout 7.5%')).toBeTruthy();
    expect(screen.getByText('Average 4.33')).toBeTruthy();
  });
});

describe('PendingPolls', () => {
  const renderSection = () => render(<PageShell>{() => <PendingPolls />}</PageShell>);

  it('lists the polls waiting for my answer and opens one', async () => {
    fakeServer({ 'session.me': () => ok(resident()), 'polls.pending': () => ok([summaryOf()]) });
    freshDevice();
    renderSection();
    expect(await screen.findByText('待我填写的调查')).toBeTruthy();
    expect(screen.getByText('2026年物业服务满意度调查')).toBeTruthy();
    press('去填写');
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/polls/pages/answer/index?id=p-1' }));
  });

  it('shows nothing at all when no poll waits', async () => {
    const fake = fakeServer({ 'session.me': () => ok(resident()), 'polls.pending': () => ok([]) });
    freshDevice();
    renderSection();
    await waitFor(() => expect(fake.calls('polls.pending')).toHaveLength(1));
    expect(screen.queryByText('待我填写的调查')).toBeNull();
  });
});
