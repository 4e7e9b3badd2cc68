import { defineFeature } from '../common/feature';
import { placeActions } from './actions';

export const placesFeature = defineFeature({ name: 'places', actions: placeActions, messages: {}, notices: {} });
