import { defineFeature } from '../common/feature';
import { pollActions } from './actions';
import { pollMessages } from './words';

export const pollsFeature = defineFeature({ name: 'polls', actions: pollActions, messages: pollMessages, notices: {} });
