import { defineFeature } from '../common/feature';
import { notificationActions } from './actions';

export const notificationsFeature = defineFeature({ name: 'notifications', actions: notificationActions, messages: {}, notices: {} });
