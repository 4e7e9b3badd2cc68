// Profile, privacy consent and community membership.
import { action } from '../catalogue';
import * as s from './schemas';
import type { Community, HouseholdCodeView, JoinRequestView, SessionView, Street } from './types';

export interface HouseholdOption { id: string; label: string }
export interface BuildingOption { id: string; name: string; households: HouseholdOption[] }

export const membershipActions = {
  'session.me': action<SessionView>()({ input: s.NoInput, roles: 'anyone' }),
  'privacy.consent': action<{ consentVersion: string }>()({ input: s.ConsentInput, roles: 'anyone' }),
  'profile.update': action<SessionView['user']>()({ input: s.UpdateProfileInput, roles: 'anyone' }),
  'communities.list': action<Array<Pick<Community, 'id' | 'name'> & { streetName: Street['name'] }>>()({ input: s.NoInput, roles: 'anyone' }),
  /** Door labels only, for asking to join: no codes, no members. */
  'households.list': action<BuildingOption[]>()({ input: s.ListHouseholdsInput, roles: 'anyone' }),
  /** Households and who lives in them are the community's own business: its committee, not the street office. */
  'households.codes': action<HouseholdCodeView[]>()({ input: s.NoInput, roles: 'committee' }),
  'households.rotateCode': action<HouseholdCodeView>()({ input: s.RotateCodeInput, roles: 'committee' }),
  'membership.requestJoin': action<{ requestId: string }>()({ input: s.RequestJoinInput, roles: 'anyone' }),
  'membership.joinWithCode': action<SessionView>()({ input: s.JoinWithCodeInput, roles: 'anyone' }),
  /** A committee member or grid worker of a self-hosted community enters the code `npm run setup` printed. */
  'membership.claimRole': action<SessionView>()({ input: s.ClaimRoleInput, roles: 'anyone' }),
  'membership.pendingRequests': action<JoinRequestView[]>()({ input: s.NoInput, roles: 'committee' }),
  'membership.decide': action<JoinRequestView>()({ input: s.DecideJoinInput, roles: 'committee' }),
} as const;
