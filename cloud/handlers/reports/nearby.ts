// "Is it one of these?": open cases of the same category within 50 m, nearest first, before a resident files.
// The latitude band rides the (communityId, category, status, lat) index and the store keeps to the box's
// longitude, so only cases inside the box are read; hidden cases (a handful) and the exact distance are checked
// here, which spares the store a test of every case in the band.
import { boundingBox, distanceMeters } from '../../../src/domain/geo';
import { NEARBY_METERS, OPEN_STATUSES } from '../../../src/domain/reports/status';
import type { NearbyReport, Report } from '../../../src/domain/reports/types';
import { supportIdsOf } from './support';
import type { ActionHandler } from '../context';
import { passedIds } from '../../kit/content';
import { urlMap } from './views';

const MAX_OFFERED = 10;

export const nearbyReports: ActionHandler<'reports.nearby'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const spot = { lat: input.lat, lng: input.lng };
  const box = boundingBox(spot, NEARBY_METERS);
  const candidates = await store.find<Report>('reports', {
    // Members only: the caller's community, as the scoped store confines it.
    communityId: actor.communityId!,
    category: input.category,
    status: { $in: [...OPEN_STATUSES] },
    lat: { $gte: box.minLat, $lte: box.maxLat },
    lng: { $gte: box.minLng, $lte: box.maxLng },
  });
  const near = candidates
    .filter((report) => !report.hidden)
    .map((report) => ({ report, meters: distanceMeters(spot, report) }))
    .filter(({ meters }) => meters <= NEARBY_METERS)
    .sort((a, b) => a.meters - b.meters)
    .slice(0, MAX_OFFERED);

  // A support row lands with its count's increment, so a case nobody supported needs no look for the caller's.
  const supported = await supportIdsOf(store, near.filter(({ report }) => report.supportCount > 0).map(({ report }) => report.id), actor.userId);
  const thumbs = near.map(({ report }) => passedIds(report.photos)[0]);
  const urls = await urlMap(ctx.files, thumbs.filter((id): id is string => !!id));
  return near.map(({ report, meters }, index): NearbyReport => ({
    id: report.id,
    category: report.category,
    description: report.description,
    address: report.address,
    status: report.status,
    distanceMeters: Math.round(meters),
    supportCount: report.supportCount,
    supportedByMe: supported.has(report.id),
    mine: report.reporterId === actor.userId,
    thumbUrl: thumbs[index] ? urls.get(thumbs[index]!) || null : null,
  }));
};
