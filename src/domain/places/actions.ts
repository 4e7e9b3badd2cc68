// The places of a community an audience can name (grids and their buildings), for the audience pickers of
// notices, polls and drives.
import * as v from 'valibot';
import { action } from '../catalogue';
import { id } from '../common/schemas';

export interface PlaceTree {
  communityId: string;
  name: string;
  grids: Array<{ id: string; name: string; buildings: Array<{ id: string; name: string }> }>;
}

/** The street office names one of its communities; the committee gets its own. */
export const PlacesInput = v.object({ communityId: v.optional(id) });

export const placeActions = {
  'places.tree': action<PlaceTree>()({ input: PlacesInput, roles: 'overseers' }),
} as const;
