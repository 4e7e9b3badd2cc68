import { defineFeature } from '../common/feature';
import { noticeActions } from './actions';
import { noticeMessages, noticeNotices } from './words';

export const noticesFeature = defineFeature({ name: 'notices', actions: noticeActions, messages: noticeMessages, notices: noticeNotices });
