// Membership and profile handlers, one per action of src/domain/membership/actions.ts.
import type { membershipActions } from '../../../src/domain/membership/actions';
import type { HandlerTable } from '..';
import { claimRole } from './claimRole';
import { consentPrivacy } from './consentPrivacy';
import { decideJoin } from './decideJoin';
import { joinWithCode } from './joinWithCode';
import { listCommunities } from './listCommunities';
import { listHouseholdCodes } from './listHouseholdCodes';
import { listHouseholds } from './listHouseholds';
import { listPendingRequests } from './listPendingRequests';
import { requestJoin } from './requestJoin';
import { rotateHouseholdCode } from './rotateHouseholdCode';
import { sessionMe } from './sessionMe';
import { updateProfile } from './updateProfile';

export const membershipHandlers: Pick<HandlerTable, keyof typeof membershipActions> = {
  'session.me': sessionMe,
  'privacy.consent': consentPrivacy,
  'profile.update': updateProfile,
  'communities.list': listCommunities,
  'households.list': listHouseholds,
  'households.codes': listHouseholdCodes,
  'households.rotateCode': rotateHouseholdCode,
  'membership.requestJoin': requestJoin,
  'membership.joinWithCode': joinWithCode,
  'membership.claimRole': claimRole,
  'membership.pendingRequests': listPendingRequests,
  'membership.decide': decideJoin,
};
