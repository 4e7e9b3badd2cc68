// A freshly filed case as it is first stored: submitted, nobody has supported or rejected it, due by its category's deadline.
import { dueAtFor } from './categories';
import type { Report } from './types';

export type NewReportFields = Pick<
  Report,
  'id' | 'communityId' | 'streetId' | 'gridId' | 'category' | 'description' | 'photos' | 'lat' | 'lng' | 'address' | 'reporterId' | 'showName' | 'reopenedFrom'
> & { reporterRole: NonNullable<Report['reporterRole']>; now: number };

/**
 * A spot outside every grid goes to the community's duty queue, so the level follows the grid. Written field by
 * field: V8 builds a rest-and-spread copy of this many fields some thirty times slower, on every filing.
 */
export function newReport(fields: NewReportFields): Report {
  const report: Report = {
    id: fields.id,
    communityId: fields.communityId,
    streetId: fields.streetId,
    gridId: fields.gridId,
    level: fields.gridId ? 'grid' : 'community',
    category: fields.category,
    description: fields.description,
    photos: fields.photos,
    lat: fields.lat,
    lng: fields.lng,
    address: fields.address,
    reporterId: fields.reporterId,
    reporterRole: fields.reporterRole,
    showName: fields.showName,
    status: 'submitted',
    afterPhotos: [],
    rejections: 0,
    flagged: false,
    hidden: false,
    supportCount: 0,
    createdAt: fields.now,
    updatedAt: fields.now,
    dueAt: dueAtFor(fields.category, fields.now),
  };
  if (fields.reopenedFrom) report.reopenedFrom = fields.reopenedFrom;
  return report;
}
