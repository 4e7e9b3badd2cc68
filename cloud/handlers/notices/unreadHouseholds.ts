// The households of one building of the audience where nobody has read the notice yet: the doors a grid worker
// knocks on. Door labels and resident counts only — never a name or a phone number.
import type { Household, Member } from '../../../src/domain/membership/types';
import type { NoticeHouseholdRead, UnreadHousehold } from '../../../src/domain/notices/types';
import { buildingsIn } from '../../kit/audience';
import type { ActionHandler } from '../context';
import { invalidField } from '../errors';
import { loadOverseen } from './access';

const byLabel = (a: { label: string }, b: { label: string }): number => a.label.localeCompare(b.label, 'zh-CN', { numeric: true });

export const unreadHouseholds: ActionHandler<'notices.unreadHouseholds'> = async (input, ctx) => {
  const { store } = ctx;
  const notice = await loadOverseen(ctx, input.noticeId);
  const { communityId } = notice;
  const inAudience = (await buildingsIn(store, communityId, notice.audience)).some((building) => building.id === input.buildingId);
  if (!inAudience) throw invalidField('buildingId', 'notice.buildingNotInAudience');

  const [households, reads, members] = await Promise.all([
    store.find<Household>('households', { communityId, buildingId: input.buildingId }),
    store.find<NoticeHouseholdRead>('noticeHouseholdReads', { noticeId: notice.id, buildingId: input.buildingId }),
    store.find<Member>('members', { communityId, buildingId: input.buildingId, status: 'active', role: 'resident' }),
  ]);
  const read = new Set(reads.map((doc) => doc.householdId));
  const residents = new Map<string, number>();
  for (const member of members) if (member.householdId) residents.set(member.householdId, (residents.get(member.householdId) ?? 0) + 1);
  const unread: UnreadHousehold[] = households
    .filter((household) => !read.has(household.id))
    .sort(byLabel)
    .map((household) => ({ householdId: household.id, label: household.label, residents: residents.get(household.id) ?? 0 }));
  return unread;
};
