// Membership, profile and inbox handlers, one per action of src/domain/membership/actions.ts.
import type { membershipActions } from '../../../src/domain/membership/actions';
import type { HandlerTable } from '..';
import { claimRole } from './claimRole';
import { consentPrivacy } from './consentPrivacy';
import { decideJoin } from './decideJoin';
import { joinWithCode } from './joinWithCode';
import { listCommunities } from './listCommunities';
import { listHouseholds } from './listHouseholds';
import { listInbox } from './listInbox';
import { listPendingRequests } from './listPendingRequests';
import { markInboxRead } from './markInboxRead';
import { requestJoin } from './requestJoin';
import { sessionMe } from './sessionMe';
import { updateProfile } from './updateProfile';

export const membershipHandlers: Pick<HandlerTable, keyof typeof membershipActions> = {
  'session.me': sessionMe,
  'privacy.consent': consentPrivacy,
  'profile.update': updateProfile,
  'communities.list': listCommunities,
  'households.list': listHouseholds,
  'membership.requestJoin': requestJoin,
  'membership.joinWithCode': joinWithCode,
  'membership.claimRole': claimRole,
  'membership.pendingRequests': listPendingRequests,
  'membership.decide': decideJoin,
  'inbox.list': listInbox,
  'inbox.markRead': markInboxRead,
};
