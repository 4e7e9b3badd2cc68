// Inputs of profile and membership actions; the same schemas validate the forms on the client.
import * as v from 'valibot';

import { msg } from '../common/messages';
import { id } from '../common/schemas';

export { id, NoInput } from '../common/schemas';

export const CONSENT_VERSION = '2026-11';

export const ConsentInput = v.object({ version: v.literal(CONSENT_VERSION) });

export const UpdateProfileInput = v.object({
  nickname: v.pipe(v.string(), v.trim(), v.minLength(1, msg('membership.nicknameRequired')), v.maxLength(20, msg('field.maxChars', { max: 20 }))),
  avatarUrl: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
});

export const ListHouseholdsInput = v.object({ communityId: id });

export const RequestJoinInput = v.object({
  communityId: id,
  householdId: id,
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100, msg('field.maxChars', { max: 100 }))), ''),
});

export const JoinWithCodeInput = v.object({
  code: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{6}$/, msg('membership.codeFormat'))),
});

export const RotateCodeInput = v.object({ householdId: id });
/** A staff claim code from `npm run setup` (committee or grid worker): 16 letters or digits, dashes and spaces ignored. */
export const ClaimRoleInput = v.object({
  code: v.pipe(v.string(), v.maxLength(40), v.transform((typed) => typed.toUpperCase().replace(/[\s-]/g, '')), v.regex(/^[A-Z0-9]{16}$/, msg('membership.claimFormat'))),
});

export const DecideJoinInput = v.variant('decision', [
  v.object({ requestId: id, decision: v.literal('approve') }),
  v.object({
    requestId: id,
    decision: v.literal('reject'),
    reason: v.pipe(v.string(), v.trim(), v.minLength(1, msg('membership.rejectReason')), v.maxLength(100, msg('field.maxChars', { max: 100 }))),
  }),
]);

