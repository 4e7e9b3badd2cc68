// The same integrity rule on the production engine's adapter: the CloudBase store over FakeCloudBaseDatabase
// (snapshot-isolated transactions with write conflicts), 1–3 ms late per call.
import { userIdFor } from '../../cloud/handlers/actor';
import { demoOpenid } from '../../cloud/seed/demo';
import type { Member, User } from '../../src/domain/membership/types';
import { cloudbaseWorld } from '../support/cloudbase-world';
import { dataOf } from '../support/demo-world';
import { fullAnswers } from './polls-world';

const DAY = 86_400_000;

describe('polls.respond on the CloudBase adapter', () => {
  it('stores one of 100 simultaneous responses from the same household, and 40 of 40 people', async () => {
    const world = await cloudbaseWorld();
    try {
      const create = (unit: 'household' | 'person') =>
        world.as(demoOpenid('committee-chen'))('polls.create', {
          title: '物业服务满意度调查',
          questions: [{ kind: 'rating', title: '小区保洁' }, { kind: 'single', title: '最希望改进哪一项？', options: ['保洁', '绿化', '安保'] }, { kind: 'multiple', title: '您常用的设施', options: ['健身器材', '休闲座椅', '充电棚'], maxChoices: 2 }, { kind: 'text', title: '其他建议' }],
          audience: { level: 'community' },
          unit,
          closesAt: world.clock.now() + 7 * DAY,
        });
      const household = String(dataOf(await create('household')).id);
      const now = world.clock.now();
      const crowd = Array.from({ length: 40 }, (_, n) => `cb-crowd:${n}`);
      await world.raw.transaction(async (tx) => {
        for (const [n, openid] of crowd.entries()) {
          const id = userIdFor(openid);
          const user: User = { id, openid, nickname: `邻居${n}`, avatarUrl: '', createdAt: now, currentCommunityId: 'c-xingfuli' };
          const member: Member = { id: `c-xingfuli:${id}`, communityId: 'c-xingfuli', userId: id, role: 'resident', status: 'active', gridIds: [], joinedAt: now, householdId: n < 4 ? 'h-1-1-101' : `h-cb-${n}`, buildingId: 'b-1', gridId: 'g-1' };
          await tx.insert('users', user);
          await tx.insert('members', member);
        }
      });
      const family = crowd.slice(0, 4);
      const answers = await Promise.all(family.flatMap((openid) => Array.from({ length: 25 }, () => world.as(openid)('polls.respond', { pollId: household, answers: fullAnswers }))));
      expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
      expect(await world.raw.count('pollResponses', { pollId: household })).toBe(1);
      expect((await world.raw.get<{ id: string; responseCount: number }>('polls', household))?.responseCount).toBe(1);

      const perPerson = String(dataOf(await create('person')).id);
      const all = await Promise.all(crowd.map((openid) => world.as(openid)('polls.respond', { pollId: perPerson, answers: fullAnswers })));
      expect(all.filter((answer) => !answer.ok)).toEqual([]);
      expect(await world.raw.count('pollVoters', { pollId: perPerson })).toBe(40);
      expect((await world.raw.get<{ id: string; responseCount: number }>('polls', perPerson))?.responseCount).toBe(40);
    } finally {
      world.close();
    }
  });
});
