import { defineFeature } from '../common/feature';
import { membershipActions } from './actions';
import { membershipMessages, membershipNotices } from './words';

export const membershipFeature = defineFeature({
  name: 'membership',
  actions: membershipActions,
  messages: membershipMessages,
  notices: membershipNotices,
});
