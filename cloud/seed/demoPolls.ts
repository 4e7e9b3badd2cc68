// Polls in 幸福里: the 2026 property-service satisfaction survey, open and anonymous (one per household);
// a courtyard clean-up survey that has closed with its count published (named); and a grid-2-only question
// on where to put the e-bike charging shed, which residents of the other grids never see.
import { ballotOf } from '../../src/domain/polls/ballot';
import { questionsOf } from '../../src/domain/polls/rules';
import type { QuestionSettings } from '../../src/domain/polls/schemas';
import type { Answers, Poll, PollAudienceRow, PollResponse, PollVoter } from '../../src/domain/polls/types';
import { audienceKeys } from '../../src/domain/common/scope';
import type { Member } from '../../src/domain/membership/types';
import { createHash } from 'node:crypto';

const XINGFULI = 'c-xingfuli';
const DAY = 24 * 3_600_000;

export interface DemoPolls {
  polls: Poll[];
  pollAudience: PollAudienceRow[];
  pollVoters: PollVoter[];
  pollResponses: PollResponse[];
}

const SATISFACTION: QuestionSettings[] = [
  { kind: 'rating', title: '小区保洁（楼道清扫、垃圾清运）', required: true },
  { kind: 'rating', title: '绿化养护', required: true },
  { kind: 'rating', title: '安保巡逻与门岗管理', required: true },
  { kind: 'rating', title: '报修响应速度', required: true },
  { kind: 'single', title: '您最希望物业优先改进哪一项？', options: ['保洁', '绿化', '安保', '维修', '停车管理'], required: true },
  { kind: 'text', title: '其他意见和建议', required: false },
];

const COURTYARD: QuestionSettings[] = [
  { kind: 'single', title: '您是否同意对小区庭院进行环境整治？', options: ['同意', '不同意', '无所谓'], required: true },
  {
    kind: 'multiple',
    title: '您希望优先整治哪些项目？（最多选3项）',
    options: ['楼道堆物清理', '增设非机动车充电棚', '绿化补植', '路面修补', '增加休闲座椅'],
    maxChoices: 3,
    required: true,
  },
  { kind: 'text', title: '其他建议', required: false },
];

const CHARGING: QuestionSettings[] = [
  { kind: 'single', title: '非机动车充电棚建在哪里更方便？', options: ['4栋北侧空地', '5栋与6栋之间', '南门停车场旁'], required: true },
];

const tailOf = (seed: string): string => createHash('sha256').update(seed).digest('hex').slice(0, 32);

const COURTYARD_TEXTS = ['楼道里的旧家具希望统一清运', '充电棚要远离窗户，注意消防安全', '希望多种几棵树'];
const SATISFACTION_TEXTS = ['垃圾清运能再早一点就好了', '夜间门岗经常没人'];

/** A closed courtyard survey's answers, varied by the household's position so the count looks lived in. */
const courtyardAnswers = (n: number): Answers => {
  const answers: Answers = { q1: n % 7 === 3 ? 1 : n % 9 === 5 ? 2 : 0, q2: [0, 1 + (n % 3), 4 - (n % 2)].filter((v, i, all) => all.indexOf(v) === i) };
  if (n % 8 === 0) answers.q3 = COURTYARD_TEXTS[(n / 8) % COURTYARD_TEXTS.length]!;
  return answers;
};

const satisfactionAnswers = (n: number): Answers => {
  const answers: Answers = { q1: 3 + (n % 3), q2: 4 + (n % 2), q3: 2 + (n % 4), q4: 3 + ((n + 1) % 3), q5: [0, 3, 4][n % 3]! };
  if (n % 4 === 1) answers.q6 = SATISFACTION_TEXTS[n % SATISFACTION_TEXTS.length]!;
  return answers;
};

export function demoPolls(now: number, userOf: (key: string) => string, members: readonly Member[]): DemoPolls {
  const out: DemoPolls = { polls: [], pollAudience: [], pollVoters: [], pollResponses: [] };
  const chen = userOf('committee-chen');
  const residents = members.filter((member) => member.communityId === XINGFULI && member.role === 'resident' && member.status === 'active');
  const loginResidents = new Set(['resident-wang', 'resident-li', 'resident-zhao'].map(userOf));

  const add = (poll: Omit<Poll, 'communityId' | 'responseCount' | 'createdBy' | 'updatedAt' | 'status'> & { status?: Poll['status'] }, answering: Array<{ member: Member; answers: Answers; at: number }>) => {
    const stored: Poll = { status: 'open', ...poll, communityId: XINGFULI, responseCount: answering.length, createdBy: chen, updatedAt: poll.createdAt };
    out.polls.push(stored);
    for (const key of audienceKeys(stored.audience)) out.pollAudience.push({ id: `${stored.id}:${key}`, pollId: stored.id, communityId: XINGFULI, key, createdAt: stored.createdAt });
    for (const { member, answers, at } of answering) {
      const voterKey = stored.unit === 'household' ? member.householdId! : member.userId;
      const { voter, response } = ballotOf(stored, { userId: member.userId, householdId: member.householdId, voterKey, answers, at, randomTail: tailOf(`${stored.id}:${voterKey}`) });
      out.pollVoters.push(voter);
      out.pollResponses.push(response);
    }
  };

  // One answer per household: the first resident found in each.
  const households = [...new Map(residents.map((member) => [member.householdId, member])).values()];

  const courtyardAt = now - 20 * DAY;
  add(
    {
      id: 'p-courtyard-2026',
      title: '幸福里庭院环境整治意愿征询',
      description: '按照"整不整，居民定"的原则，征询各户对庭院环境整治的意愿和优先项目，结果将在社区公示栏和小程序公示。',
      questions: questionsOf(COURTYARD),
      audience: { level: 'community' },
      anonymous: false,
      unit: 'household',
      results: 'afterClose',
      opensAt: courtyardAt,
      closesAt: now - 6 * DAY,
      createdAt: courtyardAt,
      status: 'closed',
      closedAt: now - 6 * DAY,
    },
    households.map((member, n) => ({ member, answers: courtyardAnswers(n), at: courtyardAt + (n + 1) * 3_600_000 })),
  );

  const surveyAt = now - 3 * DAY;
  add(
    {
      id: 'p-satisfaction-2026',
      title: '2026年物业服务满意度调查',
      description: '为提升物业服务质量，社区居委会开展年度物业服务满意度调查，每户填写一份，匿名提交，结果将在调查结束后公布。',
      questions: questionsOf(SATISFACTION),
      audience: { level: 'community' },
      anonymous: true,
      unit: 'household',
      results: 'afterClose',
      opensAt: surveyAt,
      closesAt: now + 11 * DAY,
      createdAt: surveyAt,
    },
    households
      .filter((member) => !loginResidents.has(member.userId))
      .slice(0, 12)
      .map((member, n) => ({ member, answers: satisfactionAnswers(n), at: surveyAt + (n + 1) * 3_600_000 })),
  );

  const chargingAt = now - DAY;
  add(
    {
      id: 'p-charging-g2',
      title: '第二网格非机动车充电棚选址',
      description: '为减少飞线充电，社区拟在第二网格新建一处充电棚，请4–6栋居民选择更方便的位置。',
      questions: questionsOf(CHARGING),
      audience: { level: 'grid', ids: ['g-2'] },
      anonymous: false,
      unit: 'person',
      results: 'live',
      opensAt: chargingAt,
      closesAt: now + 6 * DAY,
      createdAt: chargingAt,
    },
    residents
      .filter((member) => member.gridId === 'g-2' && !loginResidents.has(member.userId))
      .slice(0, 5)
      .map((member, n) => ({ member, answers: { q1: n % 3 === 2 ? 0 : 1 }, at: chargingAt + (n + 1) * 3_600_000 })),
  );
  return out;
}
