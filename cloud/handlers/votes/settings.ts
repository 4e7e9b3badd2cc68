// From a committee's form to a vote's settings: the statute's checks, places of this community, listed members
// who belong here, and an electorate with somebody in it.
import type { InferOutput } from 'valibot';
import type { VoteSettingsInput } from '../../../src/domain/councils/schemas';
import type { Member } from '../../../src/domain/membership/types';
import { basisOf, checkVoteSettings, optionsOf, SETTINGS_REFUSAL_REASONS } from '../../../src/domain/votes/settings';
import type { Vote, VoteSettings } from '../../../src/domain/votes/types';
import type { Store } from '../../ports';
import { assertPlaces } from '../councils/access';
import { invalidField } from '../errors';
import { electorsOf } from './electorate';

type Input = InferOutput<typeof VoteSettingsInput>;

export function settingsFrom(input: Input, now: number): VoteSettings {
  const { electorate } = input;
  const listed = electorate.kind === 'listed';
  return {
    question: input.question,
    kind: input.kind,
    options: optionsOf(input.kind, input.options),
    maxChoices: input.kind === 'yes_no' ? 1 : input.maxChoices,
    rule: input.rule,
    ...(basisOf(electorate.kind) ? { basis: basisOf(electorate.kind) } : {}),
    ...(input.rule === 'owners_assembly' && input.matter ? { matter: input.matter } : {}),
    ...(input.rule === 'simple' && input.quorum ? { quorum: input.quorum } : {}),
    ...(input.rule === 'simple' && input.threshold ? { threshold: input.threshold } : {}),
    electorate: {
      kind: electorate.kind,
      audience: listed ? { level: 'community' } : electorate.audience,
      ...(electorate.kind === 'owners' && electorate.units?.length ? { units: [...new Set(electorate.units)] } : {}),
      ...(listed ? { memberIds: [...new Set(electorate.memberIds ?? [])] } : {}),
    },
    secret: input.secret,
    opensAt: input.opensAt ?? now,
    closesAt: input.closesAt,
  };
}

/** Refuses settings that make no valid vote here, naming the field at fault. */
export async function assertSettings(store: Store, draft: Vote, now: number): Promise<void> {
  const checked = checkVoteSettings(draft, now);
  if (checked.kind !== 'ok') {
    const { field, reason } = SETTINGS_REFUSAL_REASONS[checked.kind];
    throw invalidField(field, reason);
  }
  await assertPlaces(store, draft.communityId, draft.electorate.audience, 'electorate.audience');
  const listed = draft.electorate.memberIds ?? [];
  if (listed.length) {
    const members = await store.find<Member>('members', { communityId: draft.communityId, status: 'active', userId: { $in: listed } });
    if (members.length !== listed.length) throw invalidField('electorate.memberIds', 'vote.memberUnknown');
  }
  if (!(await electorsOf(store, draft, now)).length) throw invalidField('electorate', 'vote.electorateEmpty');
}
