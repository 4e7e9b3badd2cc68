// Seating a member on the production engine's adapter: two joins of one person at once both write the user record,
// so on CloudBase's snapshot-isolated transactions one meets a write conflict and is retried or refused; either way
// exactly one membership stays marked current, the one the user record names.
import { userIdFor } from '../../cloud/handlers/actor';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import type { Household, Member, User } from '../../src/domain/membership/types';
import { cloudbaseWorld } from '../support/cloudbase-world';

describe('joining two communities at once on the CloudBase adapter', () => {
  it('leaves one membership marked current, the one the user record names', async () => {
    const world = await cloudbaseWorld();
    try {
      const homes = await Promise.all(['c-xingfuli', 'c-heping'].map(async (communityId) => (await world.raw.find<Household>('households', { communityId }, { limit: 1 }))[0]!));
      for (const openid of ['cb:two-towns-1', 'cb:two-towns-2', 'cb:two-towns-3']) {
        const visitor = world.as(openid);
        expect((await visitor('privacy.consent', { version: CONSENT_VERSION })).ok).toBe(true);
        expect((await visitor('profile.update', { nickname: '小城' })).ok).toBe(true);
        const answers = await Promise.all(homes.map((household) => visitor('membership.joinWithCode', { code: household.inviteCode })));
        expect(answers.some((answer) => answer.ok)).toBe(true);
        for (const answer of answers) if (!answer.ok) expect(answer.error.code).toBe('CONFLICT');

        const user = (await world.raw.get<User>('users', userIdFor(openid)))!;
        const members = await world.raw.find<Member>('members', { userId: user.id });
        expect(members.filter((member) => member.current).map((member) => member.communityId)).toEqual([user.currentCommunityId]);
      }
    } finally {
      world.close();
    }
  });
});
