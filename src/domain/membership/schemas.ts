// Inputs of profile and membership actions; the same schemas validate the forms on the client.
import * as v from 'valibot';

export const id = v.pipe(v.string(), v.trim(), v.minLength(1, '必填'), v.maxLength(80, '过长'));
export const NoInput = v.optional(v.object({}), {});

export const CONSENT_VERSION = '2026-11';

export const ConsentInput = v.object({ version: v.literal(CONSENT_VERSION) });

export const UpdateProfileInput = v.object({
  nickname: v.pipe(v.string(), v.trim(), v.minLength(1, '请填写昵称'), v.maxLength(20, '昵称最多20个字')),
  avatarUrl: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
});

export const ListHouseholdsInput = v.object({ communityId: id });

export const RequestJoinInput = v.object({
  communityId: id,
  householdId: id,
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100, '备注最多100个字')), ''),
});

export const JoinWithCodeInput = v.object({
  code: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{6}$/, '邀请码是6位字母或数字')),
});

/** A committee claim code from `npm run setup`: 16 letters or digits, dashes and spaces ignored. */
export const ClaimRoleInput = v.object({
  code: v.pipe(v.string(), v.maxLength(40), v.transform((typed) => typed.toUpperCase().replace(/[\s-]/g, '')), v.regex(/^[A-Z0-9]{16}$/, '开通码是16位字母或数字')),
});

export const DecideJoinInput = v.variant('decision', [
  v.object({ requestId: id, decision: v.literal('approve') }),
  v.object({
    requestId: id,
    decision: v.literal('reject'),
    reason: v.pipe(v.string(), v.trim(), v.minLength(1, '请填写驳回原因'), v.maxLength(100)),
  }),
]);

export const MarkReadInput = v.object({ ids: v.pipe(v.array(id), v.maxLength(100)) });
