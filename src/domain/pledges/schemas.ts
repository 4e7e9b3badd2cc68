// Inputs of the pledge actions; the same schemas check the forms in the app.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { id, text } from '../common/schemas';
import { PLEDGE_AUDIENCES, PLEDGE_KIND_KEYS } from './kinds';

export { NoInput } from '../common/schemas';

export const PledgeId = v.object({ pledgeId: id });

export const PublishPledgeInput = v.object({
  kind: v.picklist(PLEDGE_KIND_KEYS, msg('pledge.pickKind')),
  title: text(40, 'pledge.title'),
  clauses: v.pipe(v.array(text(120, 'pledge.clause')), v.minLength(1, msg('pledge.clausesRequired')), v.maxLength(12, msg('pledge.tooManyClauses', { max: 12 }))),
  term: text(20, 'pledge.term'),
  audience: v.picklist(PLEDGE_AUDIENCES, msg('pledge.pickAudience')),
  target: v.pipe(v.number(msg('pledge.target')), v.integer(msg('pledge.target')), v.minValue(1, msg('pledge.target')), v.maxValue(100_000, msg('pledge.target'))),
  coverPhotoIds: v.optional(v.pipe(v.array(id), v.maxLength(1, msg('field.maxPhotos', { max: 1 }))), []),
});

/** With a pledge: whether each shop has signed it, and its zone. */
export const ShopsInput = v.optional(v.object({ pledgeId: v.optional(id) }), {});

export const SignInput = v.object({ pledgeId: id, showName: v.optional(v.boolean(), false) });

const latitude = v.pipe(v.number(msg('pledge.drawZone')), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(msg('pledge.drawZone')), v.minValue(-180), v.maxValue(180));
export const ZoneInput = v.pipe(v.array(v.tuple([longitude, latitude])), v.minLength(3, msg('pledge.drawZone')), v.maxLength(32, msg('pledge.drawZone')));

export const SignShopInput = v.object({
  pledgeId: id,
  shopId: id,
  phone: v.pipe(v.string(), v.trim(), v.minLength(5, msg('pledge.shopPhone')), v.maxLength(20, msg('pledge.shopPhone'))),
  zone: ZoneInput,
  showName: v.optional(v.boolean(), true),
});

export const RegisterShopInput = v.object({
  name: text(30, 'pledge.shopName'),
  address: text(40, 'pledge.shopAddress'),
  ownerName: text(20, 'pledge.shopOwner'),
  phone: v.pipe(v.string(), v.trim(), v.regex(/^[+\d][\d\s-]{4,19}$/, msg('pledge.shopPhone'))),
  lat: latitude,
  lng: longitude,
});
