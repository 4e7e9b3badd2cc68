// The domain layer's one registration point: a new feature adds its `defineFeature(...)` here, and its actions,
// words and notice kinds join the catalogue, the message table and the notice list.
import { councilsFeature } from './councils/feature';
import { drivesFeature } from './drives/feature';
import { filesFeature } from './files/feature';
import { membershipFeature } from './membership/feature';
import { noticesFeature } from './notices/feature';
import { notificationsFeature } from './notifications/feature';
import { pledgesFeature } from './pledges/feature';
import { pollsFeature } from './polls/feature';
import { placesFeature } from './places/feature';
import { reportsFeature } from './reports/feature';
import { treesFeature } from './trees/feature';

export const FEATURES = [councilsFeature, drivesFeature, filesFeature, membershipFeature, noticesFeature, notificationsFeature, placesFeature, pledgesFeature, pollsFeature, reportsFeature, treesFeature] as const;
