// Inputs of report actions; the same schemas validate the report forms on the client.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { PageCursor } from '../common/page';
import { id, photoIds, text } from '../common/schemas';
import { CATEGORY_KEYS } from './categories';

export { NoInput } from '../common/schemas';

export const ReportId = v.object({ reportId: id });

const latitude = v.pipe(v.number(msg('report.pickLocation')), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(msg('report.pickLocation')), v.minValue(-180), v.maxValue(180));

export const Category = v.picklist(CATEGORY_KEYS, msg('report.pickCategory'));

export const NearbyInput = v.object({ category: Category, lat: latitude, lng: longitude });

export const CreateReportInput = v.object({
  category: Category,
  description: text(200, 'report.describe'),
  photoIds: photoIds(1, 'report.photoRequired'),
  lat: latitude,
  lng: longitude,
  address: text(60, 'report.address'),
  showName: v.optional(v.boolean(), false),
});

/** 代办: a grid worker files for a resident without a phone; `onBehalfOf` names them (e.g. 5栋 李奶奶). */
export const CreateOnBehalfInput = v.object({
  ...CreateReportInput.entries,
  onBehalfOf: text(30, 'report.onBehalfOf'),
});

const before = v.optional(PageCursor);

export const PageInput = v.optional(v.object({ before }), {});

export const PublicListInput = v.optional(
  v.object({ status: v.optional(v.picklist(['open', 'closed', 'all']), 'all'), before }),
  {},
);

export const QueueInput = v.optional(v.object({ overdueOnly: v.optional(v.boolean(), false) }), {});

export const AdminListInput = v.optional(
  v.object({
    status: v.optional(v.picklist(['submitted', 'accepted', 'in_progress', 'resolved', 'closed', 'duplicate'])),
    category: v.optional(Category),
    gridId: v.optional(v.union([id, v.literal('none')])),
    overdue: v.optional(v.boolean()),
    flagged: v.optional(v.boolean()),
    before,
  }),
  {},
);

export const EscalateInput = v.object({ reportId: id, reason: text(200, 'report.escalateReason') });

export const ResolveInput = v.object({
  reportId: id,
  afterPhotoIds: photoIds(1, 'report.afterPhotoRequired'),
  note: text(200, 'report.resolveNote'),
});

export const VerifyInput = v.variant('decision', [
  v.object({ reportId: id, decision: v.literal('confirm') }),
  v.object({ reportId: id, decision: v.literal('reject'), reason: text(200, 'report.rejectReason') }),
]);

export const ReopenInput = v.object({
  reportId: id,
  description: text(200, 'report.reopenReason'),
  photoIds: v.optional(v.pipe(v.array(id), v.maxLength(9, msg('field.maxPhotos', { max: 9 }))), []),
});

/** gridId null sends the case to the community's duty queue. */
export const ReassignInput = v.object({ reportId: id, gridId: v.nullable(id), note: v.optional(text(200)) });

export const MarkDuplicateInput = v.object({ reportId: id, duplicateOf: id });

export const HideInput = v.object({ reportId: id, hidden: v.boolean(), reason: text(200, 'report.reason') });
