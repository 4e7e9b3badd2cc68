// The domain layer's one registration point: a new feature adds its `defineFeature(...)` here, and its actions,
// words and notice kinds join the catalogue, the message table and the notice list.
import { drivesFeature } from './drives/feature';
import { filesFeature } from './files/feature';
import { membershipFeature } from './membership/feature';
import { notificationsFeature } from './notifications/feature';
import { reportsFeature } from './reports/feature';

export const FEATURES = [drivesFeature, filesFeature, membershipFeature, notificationsFeature, reportsFeature] as const;
