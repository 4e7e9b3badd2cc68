import { defineFeature } from '../common/feature';
import { driveActions } from './actions';
import { driveMessages, driveNotices } from './words';

export const drivesFeature = defineFeature({ name: 'drives', actions: driveActions, messages: driveMessages, notices: driveNotices });
