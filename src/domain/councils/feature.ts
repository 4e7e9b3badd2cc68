import { defineFeature } from '../common/feature';
import { councilActions } from './actions';
import { councilMessages, councilNotices } from './words';

export const councilsFeature = defineFeature({ name: 'councils', actions: councilActions, messages: councilMessages, notices: councilNotices });
