// Whether a vote's settings make a valid vote under its rule, before it is stored; and what each rule may count.
import type { Outcome } from '../common/outcome';
import type { Basis, VoteRule } from './statutes';
import { YES_NO } from './tally';
import type { ElectorateKind, VoteOption, VoteSettings } from './types';

/** The electorates each rule may count: the statutes name who takes part. */
export const RULE_ELECTORATES: Record<VoteRule, readonly ElectorateKind[]> = {
  residents_assembly: ['residents', 'households'],
  villagers_assembly: ['residents', 'households'],
  villagers_representatives: ['listed'],
  owners_assembly: ['owners'],
  simple: ['residents', 'households', 'listed'],
};

export const MAX_VOTE_DAYS = 90;
const DAY_MS = 24 * 3_600_000;
/** The opening may be set a little in the past: a form filled in a minute ago still opens "now". */
const OPEN_SLACK_MS = 10 * 60_000;

export type SettingsRefusal =
  | { kind: 'electorate_mismatch' }
  | { kind: 'matter_required' }
  | { kind: 'shares_required' }
  | { kind: 'members_required' }
  | { kind: 'units_need_one_building' }
  | { kind: 'options_needed' }
  | { kind: 'max_choices' }
  | { kind: 'opens_in_past' }
  | { kind: 'closes_before_opening' }
  | { kind: 'too_long' };

/** What a statute's basis is, from the electorate: adults one by one, or households' representatives. */
export const basisOf = (kind: ElectorateKind): Basis | undefined => (kind === 'households' ? 'households' : kind === 'residents' ? 'persons' : undefined);

export function checkVoteSettings(settings: VoteSettings, now: number): Outcome<SettingsRefusal> {
  const { electorate } = settings;
  if (!RULE_ELECTORATES[settings.rule].includes(electorate.kind)) return { kind: 'electorate_mismatch' };
  if (settings.rule === 'owners_assembly' && !settings.matter) return { kind: 'matter_required' };
  if (settings.rule === 'simple' && (!settings.quorum || !settings.threshold)) return { kind: 'shares_required' };
  if (electorate.kind === 'listed' && !electorate.memberIds?.length) return { kind: 'members_required' };
  if (electorate.units?.length && (electorate.kind !== 'owners' || electorate.audience.level !== 'building' || electorate.audience.ids.length !== 1)) {
    return { kind: 'units_need_one_building' };
  }
  if (settings.kind === 'options' && settings.options.length < 2) return { kind: 'options_needed' };
  const choices = settings.kind === 'options' ? settings.options.length : 1;
  if (settings.maxChoices < 1 || settings.maxChoices > choices) return { kind: 'max_choices' };
  if (settings.opensAt < now - OPEN_SLACK_MS) return { kind: 'opens_in_past' };
  if (settings.closesAt <= settings.opensAt) return { kind: 'closes_before_opening' };
  if (settings.closesAt - settings.opensAt > MAX_VOTE_DAYS * DAY_MS) return { kind: 'too_long' };
  return { kind: 'ok' };
}

export const SETTINGS_REFUSAL_REASONS: Record<SettingsRefusal['kind'], { field: string; reason: string }> = {
  electorate_mismatch: { field: 'electorate', reason: 'vote.electorateMismatch' },
  matter_required: { field: 'matter', reason: 'vote.matterRequired' },
  shares_required: { field: 'threshold', reason: 'vote.sharesRequired' },
  members_required: { field: 'electorate.memberIds', reason: 'vote.membersRequired' },
  units_need_one_building: { field: 'electorate.units', reason: 'vote.unitsOneBuilding' },
  options_needed: { field: 'options', reason: 'vote.optionsNeeded' },
  max_choices: { field: 'maxChoices', reason: 'vote.maxChoices' },
  opens_in_past: { field: 'opensAt', reason: 'vote.opensInPast' },
  closes_before_opening: { field: 'closesAt', reason: 'vote.closesBeforeOpening' },
  too_long: { field: 'closesAt', reason: 'vote.tooLong' },
};

/** The stored options: yes / no / abstain, or the labels given, keyed o1, o2, … */
export function optionsOf(kind: VoteSettings['kind'], labels: readonly string[]): VoteOption[] {
  if (kind === 'yes_no') return YES_NO.map((key) => ({ key, label: key }));
  return labels.map((label, index) => ({ key: `o${index + 1}`, label }));
}

/** A ballot's choice as stored picks, or null when it does not fit the vote: yes / no / abstain, or up to K options. */
export function picksFor(vote: Pick<VoteSettings, 'kind' | 'options' | 'maxChoices'>, choice: readonly string[]): string[] | null {
  const keys = vote.options.map((option) => option.key);
  if (new Set(choice).size !== choice.length || choice.some((key) => !keys.includes(key))) return null;
  if (vote.kind === 'yes_no') return choice.length === 1 ? [...choice] : null;
  return choice.length <= vote.maxChoices ? [...choice].sort() : null;
}
