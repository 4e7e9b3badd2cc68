import { defineFeature } from '../common/feature';
import { fileActions } from './actions';

export const filesFeature = defineFeature({ name: 'files', actions: fileActions, messages: {}, notices: {} });
