// The committee's export opens in Excel with its Chinese intact, cannot smuggle a formula, and never names
// who answered an anonymous poll.
import { BOM, chinaTime, csvCell, toCsv } from '../../src/domain/common/csv';
import { ballotOf } from '../../src/domain/polls/ballot';
import { csvFilename, pollCsv } from '../../src/domain/polls/csv';
import { questionsOf } from '../../src/domain/polls/rules';
import { tally, turnoutOf } from '../../src/domain/polls/tally';
import type { Answers, Poll, PollResults } from '../../src/domain/polls/types';

const AT = Date.parse('2026-11-20T09:30:00+08:00');

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark and ends each row with CRLF', () => {
    const text = toCsv([['题目', '选项'], ['保洁', 4]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.slice(1)).toBe('题目,选项\r\n保洁,4\r\n');
  });

  it.each([
    ['plain', '同意', '同意'],
    ['a comma', '堆物,杂物', '"堆物,杂物"'],
    ['a quote', '说"早点"', '"说""早点"""'],
    ['a line break', '第一行\n第二行', '"第一行\n第二行"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus', '-1', "'-1"],
  ])('writes a cell with %s safely', (_case, value, cell) => expect(csvCell(value)).toBe(cell));

  it('leaves numbers alone, even negative ones', () => expect(csvCell(-3)).toBe('-3'));
  it('writes times in China Standard Time', () => expect(chinaTime(AT)).toBe('2026-11-20 09:30'));
});

const questions = questionsOf([
  { kind: 'single', title: '是否同意整治？', options: ['同意', '不同意'], required: true },
  { kind: 'multiple', title: '优先项目', options: ['堆物', '充电棚', '绿化'], maxChoices: 2, required: true },
  { kind: 'rating', title: '保洁', required: true },
  { kind: 'text', title: '建议', required: false },
]);

const pollOf = (anonymous: boolean): Poll => ({
  id: 'p1',
  communityId: 'c1',
  title: '庭院整治意愿征询',
  description: '',
  questions,
  audience: { level: 'community' },
  anonymous,
  unit: 'household',
  results: 'afterClose',
  opensAt: AT,
  closesAt: AT + 86_400_000,
  status: 'closed',
  responseCount: 2,
  createdBy: 'u-chen',
  createdAt: AT,
  updatedAt: AT,
});

const sheets: Answers[] = [
  { q1: 0, q2: [0, 1], q3: 5, q4: '尽快清运' },
  { q1: 1, q2: [2], q3: 3 },
];

function exportOf(anonymous: boolean): string {
  const poll = pollOf(anonymous);
  const voters = [
    { userId: 'u-wang', householdId: 'h-5-2-501' },
    { userId: 'u-li', householdId: 'h-4-1-302' },
  ];
  const responses = sheets.map((answers, n) => ballotOf(poll, { ...voters[n]!, voterKey: voters[n]!.householdId, answers, at: AT + n * 60_000, randomTail: `${n}abc` }).response);
  const results: PollResults = {
    pollId: poll.id, title: poll.title, phase: 'closed', unit: 'household', anonymous, responses: 2, audienceSize: 40,
    turnoutPercent: turnoutOf(2, 40), questions: tally(questions, sheets), textsIncluded: true,
  };
  const names = new Map([['u-wang', { name: '王阿姨', household: '5栋2单元501' }], ['u-li', { name: '李师傅', household: '4栋1单元302' }]]);
  return pollCsv(poll, responses, results, names, 'zh');
}

describe('pollCsv', () => {
  it('lists a named poll one row per response with who, which door and when, in Chinese', () => {
    const lines = exportOf(false).slice(1).split('\r\n');
    expect(lines[0]).toBe('庭院整治意愿征询');
    expect(lines[3]).toBe('序号,填写人,住户,提交时间,是否同意整治？,优先项目,保洁,建议');
    expect(lines[4]).toBe('1,王阿姨,5栋2单元501,2026-11-20 09:30,同意,堆物；充电棚,5,尽快清运');
    expect(lines[5]).toBe('2,李师傅,4栋1单元302,2026-11-20 09:31,不同意,绿化,3,');
  });

  it('leaves every name, door and time out of an anonymous poll', () => {
    const text = exportOf(true);
    expect(text).not.toMatch(/王阿姨|李师傅|5栋2单元501|09:31/);
    const lines = text.slice(1).split('\r\n');
    expect(lines[3]).toBe('序号,是否同意整治？,优先项目,保洁,建议');
    expect(lines[4]).toBe('1,同意,堆物；充电棚,5,尽快清运');
  });

  it('ends with the summary: counts and shares per option, the average score, the turnout', () => {
    const text = exportOf(false);
    expect(text).toContain('统计汇总\r\n题目,选项,数量,占比\r\n');
    expect(text).toContain('是否同意整治？,同意,1,50%\r\n');
    expect(text).toContain('保洁,平均分,4,\r\n');
    expect(text).toContain('保洁,5分,1,50%\r\n');
    expect(text).toContain('参与率,2/40户,2,5%\r\n');
  });

  it('names the file after the poll and its closing day', () => expect(csvFilename(pollOf(false))).toBe('庭院整治意愿征询_2026-11-21.csv'));
});
