// Answering a poll: the shared rule checks the sheet before it is sent, choices are large and limited as the
// question says, anonymous receipts stay on the device, and the committee closes and exports from the same page.
import { render, screen, waitFor, within } from '@testing-library/react';
import Taro, * as taro from '@tarojs/taro';
import AnswerPage from '@/features/polls/pages/answer/index';
import type { PollDetail } from '@/domain/polls/types';
import { abilitiesOf } from '@/domain/abilities';
import { fakeServer, freshDevice, ok, press, resident } from './support';
import { detailOf, QUESTIONS } from './polls-fixtures';

const committee = () => resident({ membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'committee', householdId: null, householdLabel: null }, can: abilitiesOf('committee') });

function open(poll: PollDetail, session = resident(), extra: Record<string, (input: Record<string, unknown>) => ReturnType<typeof ok>> = {}) {
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: poll.id } } as unknown as ReturnType<typeof taro.useRouter>);
  let current = poll;
  const fake = fakeServer({
    'session.me': () => ok(session),
    'polls.detail': () => ok(current),
    'polls.respond': () => {
      current = { ...current, mine: 'answered', can: { ...current.can, respond: false } };
      return ok({ status: 'answered', receipt: current.anonymous ? 'p-1:r:abc' : null });
    },
    ...extra,
  });
  freshDevice();
  render(<AnswerPage />);
  return fake;
}

const card = (title: string): HTMLElement => screen.getByText(title, { exact: false }).closest('.question') as HTMLElement;

describe('answering a poll', () => {
  it('names the first unanswered required question and sends nothing, then sends the whole sheet', async () => {
    const fake = open(detailOf());
    press(await screen.findByText('提交'));
    expect(await screen.findByText('还有题目没答好，请检查标红的题目')).toBeTruthy();
    expect(within(card('1. 小区保洁')).getByText('这道题必须回答')).toBeTruthy();
    expect(fake.calls('polls.respond')).toHaveLength(0);

    press(within(card('1. 小区保洁')).getByText('很满意'));
    press(within(card('2. 最希望改进哪一项？')).getByText('绿化'));
    press(within(card('3. 您常用的设施')).getByText('健身器材'));
    press(within(card('3. 您常用的设施')).getByText('充电棚'));
    press('提交');
    await waitFor(() => expect(fake.calls('polls.respond')).toEqual([{ pollId: 'p-1', answers: { q1: 5, q2: 1, q3: [0, 2] } }]));
    // The receipt of an anonymous answer stays on this device and goes with the next read.
    await waitFor(() => expect(fake.calls('polls.detail').at(-1)).toEqual({ pollId: 'p-1', receipt: 'p-1:r:abc' }));
  });

  it('marks the chosen option and lets no more be ticked than the question allows', async () => {
    open(detailOf());
    const facilities = await waitFor(() => card('3. 您常用的设施'));
    expect(within(facilities).getByText('最多选2项', { exact: false })).toBeTruthy();
    for (const option of ['健身器材', '休闲座椅', '充电棚']) press(within(facilities).getByText(option));
    const ticked = within(facilities).getAllByRole('checkbox').map((box) => box.getAttribute('aria-checked'));
    expect(ticked).toEqual(['true', 'true', 'false']);
    const rating = card('1. 小区保洁');
    press(within(rating).getByText('一般'));
    expect(within(rating).getByLabelText('3 一般').getAttribute('aria-checked')).toBe('true');
    expect(within(rating).getByLabelText('5 很满意').getAttribute('aria-checked')).toBe('false');
  });

  it('reads my own answers back once I answered a named poll', async () => {
    open(detailOf({ anonymous: false, mine: 'answered', myAnswers: { q1: 4, q2: 2, q3: [1] }, can: { respond: false, seeResults: false, close: false, exportCsv: false } }));
    expect(await screen.findByText('您的回答')).toBeTruthy();
    expect(screen.getByText('4分 · 满意')).toBeTruthy();
    expect(screen.getByText('安保')).toBeTruthy();
    expect(screen.getByText('休闲座椅')).toBeTruthy();
    expect(screen.getByText('未作答')).toBeTruthy();
    expect(screen.queryByText('提交')).toBeNull();
    expect(screen.getByText('结果将在调查结束后公布')).toBeTruthy();
  });

  it('tells a second member of the household that the household answered', async () => {
    open(detailOf({ mine: 'householdAnswered', can: { respond: false, seeResults: false, close: false, exportCsv: false } }));
    expect(await screen.findByText('您家已有成员填写过这份调查（每户一份）。')).toBeTruthy();
    expect(screen.queryByText('提交')).toBeNull();
  });

  it('opens the results once they are out', async () => {
    open(detailOf({ phase: 'closed', mine: 'answered', can: { respond: false, seeResults: true, close: false, exportCsv: false } }));
    press(await screen.findByText('查看结果'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/polls/pages/results/index?id=p-1' }));
  });
});

describe('the committee on a poll', () => {
  const overseen = () => detailOf({ mine: 'notEligible', responseCount: 12, can: { respond: false, seeResults: true, close: true, exportCsv: true } });

  it('follows the count, and closes the poll early only after confirming', async () => {
    const fake = open(overseen(), committee(), { 'polls.close': () => ok({ id: 'p-1', phase: 'closed' }) });
    expect(await screen.findByText('已有12份回答')).toBeTruthy();
    expect(screen.getByText('调查由居民填写，您可以查看进度和结果。')).toBeTruthy();
    press('提前结束');
    expect(await screen.findByText('提前结束这份调查？')).toBeTruthy();
    expect(fake.calls('polls.close')).toHaveLength(0);
    press(within(screen.getByRole('dialog')).getByText('提前结束'));
    await waitFor(() => expect(fake.calls('polls.close')).toEqual([{ pollId: 'p-1' }]));
    await waitFor(() => expect(fake.calls('polls.detail')).toHaveLength(2));
  });

  it('downloads the CSV the server made, in the reader’s language', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (created.push(blob), 'blob:csv'));
    URL.revokeObjectURL = jest.fn();
    const csv = '\uFEFF2026年物业服务满意度调查\r\n';
    const fake = open(overseen(), committee(), { 'polls.exportCsv': () => ok({ filename: '满意度调查_2026-11-26.csv', csv }) });
    press(await screen.findByText('导出表格（CSV）'));
    await waitFor(() => expect(fake.calls('polls.exportCsv')).toEqual([{ pollId: 'p-1', lang: 'zh' }]));
    expect(await screen.findByText('已导出 满意度调查_2026-11-26.csv')).toBeTruthy();
    expect(created).toHaveLength(1);
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(created[0]!);
    });
    // The file keeps the byte-order mark Excel needs to read the Chinese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes.subarray(3)).toString('utf8')).toBe(csv.slice(1));
  });
});

it('keeps the fixture questions in step with the page', () => expect(QUESTIONS.map((question) => question.kind)).toEqual(['rating', 'single', 'multiple', 'text']));
