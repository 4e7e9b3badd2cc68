import { defineFeature } from '../common/feature';
import { pledgeActions } from './actions';
import { pledgeMessages, pledgeNotices } from './words';

export const pledgesFeature = defineFeature({ name: 'pledges', actions: pledgeActions, messages: pledgeMessages, notices: pledgeNotices });
