// Profile, privacy consent, community membership and the in-app inbox.
import { action, ANYONE, STAFF } from '../catalogue';
import * as s from './schemas';
import type { Community, InboxItem, JoinRequestView, SessionView, Street } from './types';

export interface HouseholdOption { id: string; label: string }
export interface BuildingOption { id: string; name: string; households: HouseholdOption[] }

export const membershipActions = {
  'session.me': action<SessionView>()({ input: s.NoInput, roles: ANYONE }),
  'privacy.consent': action<{ consentVersion: string }>()({ input: s.ConsentInput, roles: ANYONE }),
  'profile.update': action<SessionView['user']>()({ input: s.UpdateProfileInput, roles: ANYONE }),
  'communities.list': action<Array<Pick<Community, 'id' | 'name'> & { streetName: Street['name'] }>>()({ input: s.NoInput, roles: ANYONE }),
  'households.list': action<BuildingOption[]>()({ input: s.ListHouseholdsInput, roles: ANYONE }),
  'membership.requestJoin': action<{ requestId: string }>()({ input: s.RequestJoinInput, roles: ANYONE }),
  'membership.joinWithCode': action<SessionView>()({ input: s.JoinWithCodeInput, roles: ANYONE }),
  /** The first committee member of a self-hosted community enters the code `npm run setup` printed. */
  'membership.claimRole': action<SessionView>()({ input: s.ClaimRoleInput, roles: ANYONE }),
  'membership.pendingRequests': action<JoinRequestView[]>()({ input: s.NoInput, roles: STAFF }),
  'membership.decide': action<JoinRequestView>()({ input: s.DecideJoinInput, roles: STAFF }),
  'inbox.list': action<{ items: InboxItem[]; unread: number }>()({ input: s.NoInput, roles: ANYONE }),
  'inbox.markRead': action<{ unread: number }>()({ input: s.MarkReadInput, roles: ANYONE }),
} as const;
