// Profile, privacy consent and community membership.
import { action } from '../catalogue';
import * as s from './schemas';
import type { Community, JoinRequestView, SessionView, Street } from './types';

export interface HouseholdOption { id: string; label: string }
export interface BuildingOption { id: string; name: string; households: HouseholdOption[] }

export const membershipActions = {
  'session.me': action<SessionView>()({ input: s.NoInput, roles: 'anyone' }),
  'privacy.consent': action<{ consentVersion: string }>()({ input: s.ConsentInput, roles: 'anyone' }),
  'profile.update': action<SessionView['user']>()({ input: s.UpdateProfileInput, roles: 'anyone' }),
  'communities.list': action<Array<Pick<Community, 'id' | 'name'> & { streetName: Street['name'] }>>()({ input: s.NoInput, roles: 'anyone' }),
  'households.list': action<BuildingOption[]>()({ input: s.ListHouseholdsInput, roles: 'anyone' }),
  'membership.requestJoin': action<{ requestId: string }>()({ input: s.RequestJoinInput, roles: 'anyone' }),
  'membership.joinWithCode': action<SessionView>()({ input: s.JoinWithCodeInput, roles: 'anyone' }),
  'membership.pendingRequests': action<JoinRequestView[]>()({ input: s.NoInput, roles: 'overseers' }),
  'membership.decide': action<JoinRequestView>()({ input: s.DecideJoinInput, roles: 'overseers' }),
} as const;
