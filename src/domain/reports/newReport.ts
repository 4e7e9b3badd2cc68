// A freshly filed case as it is first stored: submitted, nobody has supported or rejected it, due by its category's deadline.
import { dueAtFor } from './categories';
import type { Report } from './types';

export type NewReportFields = Pick<
  Report,
  'id' | 'communityId' | 'streetId' | 'gridId' | 'category' | 'description' | 'photos' | 'lat' | 'lng' | 'address' | 'reporterId' | 'showName' | 'reopenedFrom'
> & { now: number };

/** A spot outside every grid goes to the community's duty queue, so the level follows the grid. */
export function newReport({ reopenedFrom, now, ...fields }: NewReportFields): Report {
  return {
    ...fields,
    level: fields.gridId ? 'grid' : 'community',
    status: 'submitted',
    afterPhotos: [],
    rejections: 0,
    flagged: false,
    hidden: false,
    supportCount: 0,
    ...(reopenedFrom ? { reopenedFrom } : {}),
    createdAt: now,
    updatedAt: now,
    dueAt: dueAtFor(fields.category, now),
  };
}
