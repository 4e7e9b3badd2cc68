// Inputs of report actions; the same schemas validate the report forms on the client.
import * as v from 'valibot';
import { id } from '../membership/schemas';

export { NoInput } from '../membership/schemas';
import { CATEGORY_KEYS } from './categories';
import { PageCursor } from './pageCursor';

const text = (min: string, max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, min), v.maxLength(max, `最多${max}个字`));

export const ReportId = v.object({ reportId: id });

const latitude = v.pipe(v.number('请选择位置'), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number('请选择位置'), v.minValue(-180), v.maxValue(180));
const photoIds = (what: string) =>
  v.pipe(v.array(id), v.minLength(1, `请至少拍一张${what}`), v.maxLength(9, '最多9张照片'));

export const Category = v.picklist(CATEGORY_KEYS, '请选择问题类型');

export const NearbyInput = v.object({ category: Category, lat: latitude, lng: longitude });

export const CreateReportInput = v.object({
  category: Category,
  description: text('请简单描述问题', 200),
  photoIds: photoIds('照片'),
  lat: latitude,
  lng: longitude,
  address: text('请填写位置说明', 60),
  showName: v.optional(v.boolean(), false),
});

/** 代办: a grid worker files for a resident without a phone; `onBehalfOf` names them (e.g. 5栋 李奶奶). */
export const CreateOnBehalfInput = v.object({
  ...CreateReportInput.entries,
  onBehalfOf: text('请填写代办对象', 30),
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

export const EscalateInput = v.object({ reportId: id, reason: text('请说明上报原因', 200) });

export const ResolveInput = v.object({
  reportId: id,
  afterPhotoIds: photoIds('处理后的照片'),
  note: text('请填写处理说明', 200),
});

export const VerifyInput = v.variant('decision', [
  v.object({ reportId: id, decision: v.literal('confirm') }),
  v.object({ reportId: id, decision: v.literal('reject'), reason: text('请说明哪里还没处理好', 200) }),
]);

export const ReopenInput = v.object({
  reportId: id,
  description: text('请说明问题为何又出现', 200),
  photoIds: v.optional(v.pipe(v.array(id), v.maxLength(9, '最多9张照片')), []),
});

/** gridId null sends the case to the community's duty queue. */
export const ReassignInput = v.object({ reportId: id, gridId: v.nullable(id), note: v.optional(text('请填写说明', 200)) });

export const MarkDuplicateInput = v.object({ reportId: id, duplicateOf: id });

export const HideInput = v.object({ reportId: id, hidden: v.boolean(), reason: text('请填写原因', 200) });
