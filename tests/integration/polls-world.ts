// Helpers the poll tests share: a satisfaction survey as the committee would write it, extra residents for crowd
// and household tests, and the stored records behind a poll.
import { userIdFor } from '../../cloud/handlers/actor';
import type { ActionInput } from '../../src/domain/actions';
import type { Member, User } from '../../src/domain/membership/types';
import type { Poll, PollResponse, PollVoter } from '../../src/domain/polls/types';
import { dataOf, type DemoWorld } from '../support/demo-world';

export const DAY = 86_400_000;

type CreateInput = ActionInput<'polls.create'>;

export const surveyInput = (world: DemoWorld, overrides: Partial<CreateInput> = {}): CreateInput => ({
  title: '2026年物业服务满意度调查',
  description: '每户一份，匿名填写',
  questions: [
    { kind: 'rating', title: '小区保洁' },
    { kind: 'single', title: '最希望改进哪一项？', options: ['保洁', '绿化', '安保'] },
    { kind: 'multiple', title: '您常用的设施', options: ['健身器材', '休闲座椅', '充电棚'], maxChoices: 2 },
    { kind: 'text', title: '其他建议' },
  ],
  audience: { level: 'community' },
  closesAt: world.clock.now() + 7 * DAY,
  ...overrides,
});

export async function createSurvey(world: DemoWorld, overrides: Partial<CreateInput> = {}, by = 'committee-chen'): Promise<string> {
  return dataOf(await world.demo(by)('polls.create', surveyInput(world, overrides))).id;
}

export const fullAnswers = { q1: 4, q2: 0, q3: [0, 2], q4: '垃圾清运能再早一点' };

/**
 * Adds active residents of 幸福里 with openids `crowd:<n>`, each in their own made-up household of 1栋 (grid 1)
 * unless one household is given for all of them; answers their openids.
 */
export async function addResidents(world: DemoWorld, count: number, place: { householdId?: string; buildingId?: string; gridId?: string } = {}): Promise<string[]> {
  const now = world.clock.now();
  const start = (await world.sqlite.count('users', {})) + 1;
  const openids = Array.from({ length: count }, (_, n) => `crowd:${start + n}`);
  await world.sqlite.transaction(async (tx) => {
    for (const openid of openids) {
      const id = userIdFor(openid);
      const user: User = { id, openid, nickname: `邻居${openid.slice(6)}`, avatarUrl: '', createdAt: now, currentCommunityId: 'c-xingfuli' };
      const member: Member = {
        id: `c-xingfuli:${id}`,
        communityId: 'c-xingfuli',
        userId: id,
        role: 'resident',
        status: 'active',
        gridIds: [],
        joinedAt: now,
        householdId: place.householdId ?? `h-crowd-${openid.slice(6)}`,
        buildingId: place.buildingId ?? 'b-1',
        gridId: place.gridId ?? 'g-1',
      };
      await tx.insert('users', user);
      await tx.insert('members', member);
    }
  });
  return openids;
}

export const storedPoll = async (world: DemoWorld, id: string): Promise<Poll> => (await world.sqlite.get<Poll>('polls', id))!;
export const responsesOf = (world: DemoWorld, pollId: string): Promise<PollResponse[]> => world.sqlite.find<PollResponse>('pollResponses', { pollId });
export const votersOf = (world: DemoWorld, pollId: string): Promise<PollVoter[]> => world.sqlite.find<PollVoter>('pollVoters', { pollId });

export const errorOf = (envelope: { ok: boolean; error?: { code: string; reason?: string; fields?: Record<string, string> } }) => (envelope.ok ? null : envelope.error);
