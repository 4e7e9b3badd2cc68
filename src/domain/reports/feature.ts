import { defineFeature } from '../common/feature';
import { reportActions } from './actions';
import { reportMessages, reportNotices } from './words';

export const reportsFeature = defineFeature({ name: 'reports', actions: reportActions, messages: reportMessages, notices: reportNotices });
