// The shape of a tally file, checked before counting, so a file with a typo is answered with the entry at fault.
import * as v from 'valibot';
import { VOTE_RULES } from './statutes';
import { TallyError, type TallyInput } from './tally';

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const fraction = v.pipe(v.tuple([count, v.pipe(count, v.minValue(1))]), v.check(([n, d]) => n <= d, 'a share is at most 1'));
const share = v.union([v.strictObject({ atLeast: fraction }), v.strictObject({ moreThan: fraction })], 'a share is {"atLeast": [n, d]} or {"moreThan": [n, d]}');

export const TallyFile = v.object({
  rule: v.picklist(VOTE_RULES, `"rule" is one of ${VOTE_RULES.join(', ')}`),
  basis: v.optional(v.picklist(['persons', 'households'], '"basis" is "persons" or "households"')),
  matter: v.optional(v.picklist(['ordinary', 'major'], '"matter" is "ordinary" or "major"')),
  quorum: v.optional(share),
  threshold: v.optional(share),
  options: v.optional(v.array(key)),
  maxChoices: v.optional(count),
  electorate: v.array(v.object({ voter: key, owner: v.optional(key), area: v.optional(v.union([v.number(), v.string()])) })),
  ballots: v.array(v.object({ voter: key, choice: v.union([key, v.array(key)], 'choice is a string or a list of option keys') })),
});

/** A parsed JSON value as a tally input, or a TallyError naming every entry that does not fit. */
export function readTallyFile(json: unknown): TallyInput {
  const parsed = v.safeParse(TallyFile, json);
  if (parsed.success) return parsed.output;
  const problems = parsed.issues.slice(0, 5).map((issue) => `${v.getDotPath(issue) ?? 'file'}: ${issue.message}`);
  throw new TallyError(problems.join('; '));
}
