// Inputs of the tree actions; the same schemas check the forms in the app.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { id, optionalText, PageInput, photoIds, text } from '../common/schemas';
import { SPECIES_KEYS } from './species';

export { NoInput } from '../common/schemas';

const latitude = v.pipe(v.number(msg('tree.pickLocation')), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(msg('tree.pickLocation')), v.minValue(-180), v.maxValue(180));

export const Species = v.picklist(SPECIES_KEYS, msg('tree.pickSpecies'));
export const ConditionInput = v.picklist(['healthy', 'attention', 'pest', 'dead'], msg('tree.pickCondition'));
export const CareActInput = v.picklist(['water', 'prune', 'straighten', 'pest_control', 'litter', 'sickness'], msg('tree.pickAct'));

export const TreeId = v.object({ treeId: id });
export const AdoptionId = v.object({ adoptionId: id });

/** The map's visible box; a box wider than the community is refused rather than read whole. */
export const InViewInput = v.pipe(
  v.object({ minLat: latitude, maxLat: latitude, minLng: longitude, maxLng: longitude }),
  v.check((box) => box.minLat <= box.maxLat && box.minLng <= box.maxLng, msg('tree.badBox')),
  v.check((box) => box.maxLat - box.minLat <= 0.2 && box.maxLng - box.minLng <= 0.2, msg('tree.boxTooLarge')),
);

export const CareLogsInput = v.object({ treeId: id, before: PageInput.entries.before });

export const AdoptInput = v.object({
  treeId: id,
  as: v.optional(v.picklist(['person', 'household']), 'person'),
  showName: v.optional(v.boolean(), false),
});

export const LogCareInput = v.object({
  treeId: id,
  act: CareActInput,
  photoIds: photoIds(1, 'tree.photoRequired'),
  note: optionalText(200),
  condition: v.optional(v.nullable(ConditionInput), null),
});

export const VerifyCareInput = v.object({ logId: id, verified: v.boolean() });

const plantedYear = v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1000, msg('tree.badYear')), v.maxValue(2100, msg('tree.badYear')))), null);
const code = v.pipe(v.string(), v.trim(), v.minLength(1, msg('tree.codeRequired')), v.maxLength(20, msg('field.maxChars', { max: 20 })));

export const AddTreeInput = v.object({
  code,
  species: Species,
  lat: latitude,
  lng: longitude,
  spot: text(40, 'tree.spotRequired'),
  plantedYear,
  condition: v.optional(ConditionInput, 'healthy'),
  heritage: v.optional(v.boolean(), false),
  photoIds: v.optional(v.pipe(v.array(id), v.maxLength(3, msg('field.maxPhotos', { max: 3 }))), []),
});

/** The registry's facts; the condition changes through care logs, so that a sick tree always opens a case. */
export const UpdateTreeInput = v.object({
  treeId: id,
  species: v.optional(Species),
  lat: v.optional(latitude),
  lng: v.optional(longitude),
  spot: v.optional(text(40, 'tree.spotRequired')),
  plantedYear: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1000, msg('tree.badYear')), v.maxValue(2100, msg('tree.badYear'))))),
  heritage: v.optional(v.boolean()),
  photoIds: v.optional(v.pipe(v.array(id), v.maxLength(3, msg('field.maxPhotos', { max: 3 })))),
});

/** A sheet exported as CSV (UTF-8, Excel's BOM allowed), at most 2 000 trees. */
export const ImportTreesInput = v.object({
  csv: v.pipe(v.string(), v.minLength(1, msg('tree.sheetEmpty')), v.maxLength(400_000, msg('tree.sheetTooLarge'))),
});

const point = v.tuple([longitude, latitude]);
export const Polygon = v.pipe(v.array(point), v.minLength(3, msg('tree.areaPoints')), v.maxLength(64, msg('tree.areaPoints')));

export const AddBeltInput = v.object({ name: text(30, 'tree.beltName'), polygon: Polygon });

export { PageInput };
