// The one function that decides a vote: from the rule, the electorate and the ballots to the outcome and every
// figure it used. The published result, the committee's download and `npm run tally` all come from here.
import { areaNumber, parseArea } from './area';
import { describeShare, percent, reaches, type Share } from './share';
import { statuteOf, weighsArea, type Basis, type Matter, type Measure, type Requirement, type VoteRule } from './statutes';

export const YES_NO = ['yes', 'no', 'abstain'] as const;
export const ABSTAIN = 'abstain';

/** One elector: a person, a household, or (owners' votes) one exclusive unit with its owner and area in m². */
export interface Elector {
  voter: string;
  owner?: string;
  area?: number | string;
}

/** `choice`: yes / no / abstain, or for a vote with options the chosen keys (none, or "abstain", abstains). */
export interface Ballot {
  voter: string;
  choice: string | readonly string[];
}

/** The tally file (see `npm run tally`): the settings that decide, the electorate and the ballots. */
export interface TallyInput {
  rule: VoteRule;
  basis?: Basis;
  matter?: Matter;
  quorum?: Share;
  threshold?: Share;
  /** The option keys of a vote with several options; absent for yes / no / abstain. */
  options?: readonly string[];
  /** How many options one ballot may choose (default 1). */
  maxChoices?: number;
  electorate: readonly Elector[];
  ballots: readonly Ballot[];
}

export type Outcome = 'passed' | 'rejected' | 'no_quorum';

/** Electors counted, owners (each counted once) and exclusive area in m², as they apply to the rule. */
export interface Figures {
  voters: number;
  owners?: number;
  area?: number;
}

export interface TestResult {
  /** The choice agreeing (threshold tests only). */
  option?: string;
  of: Measure;
  need: string;
  share: Share;
  part: number;
  whole: number;
  percent: number;
  met: boolean;
}

export interface TallyResult {
  outcome: Outcome;
  rule: VoteRule;
  basis?: Basis;
  matter?: Matter;
  source: string;
  electorate: Figures;
  takingPart: Figures;
  counts: Record<string, Figures>;
  quorum: { met: boolean; tests: TestResult[] };
  threshold: { met: boolean; tests: TestResult[] };
  /** Votes with options: those adopted, best first; `tie` when equal options straddle the number allowed. */
  adopted?: string[];
  tie?: boolean;
}

/** A tally input that cannot be counted: the message says which entry and why. */
export class TallyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TallyError';
  }
}

interface Counted {
  voters: number;
  owners: Set<string>;
  area: number;
}

const empty = (): Counted => ({ voters: 0, owners: new Set(), area: 0 });

interface Entry {
  owner: string;
  area: number;
}

function readElectorate(input: TallyInput, byArea: boolean): Map<string, Entry> {
  if (!input.electorate.length) throw new TallyError('the electorate is empty');
  const entries = new Map<string, Entry>();
  input.electorate.forEach((elector, index) => {
    if (entries.has(elector.voter)) throw new TallyError(`electorate[${index}]: voter "${elector.voter}" is listed twice`);
    if (!byArea) return void entries.set(elector.voter, { owner: elector.voter, area: 0 });
    if (!elector.owner) throw new TallyError(`electorate[${index}]: an owners' vote needs the unit's "owner"`);
    const area = elector.area === undefined ? null : parseArea(elector.area);
    if (area === null) throw new TallyError(`electorate[${index}]: "area" must be a positive area in m² with at most two decimals`);
    entries.set(elector.voter, { owner: elector.owner, area });
  });
  return entries;
}

function readOptions(input: TallyInput): { keys: string[]; max: number; yesNo: boolean } {
  if (!input.options) return { keys: [...YES_NO], max: 1, yesNo: true };
  const keys = [...input.options];
  if (!keys.length) throw new TallyError('"options" is empty');
  if (new Set(keys).size !== keys.length) throw new TallyError('"options" lists a key twice');
  if (keys.includes(ABSTAIN)) throw new TallyError('"abstain" is not an option: an empty choice abstains');
  const max = input.maxChoices ?? 1;
  if (!Number.isInteger(max) || max < 1 || max > keys.length) throw new TallyError(`"maxChoices" must be between 1 and ${keys.length}`);
  return { keys, max, yesNo: false };
}

/** A ballot's choices as option keys; an abstention is [] for a vote with options, ['abstain'] for yes / no. */
function picksOf(ballot: Ballot, index: number, options: ReturnType<typeof readOptions>): string[] {
  const chosen = typeof ballot.choice === 'string' ? [ballot.choice] : [...ballot.choice];
  if (options.yesNo) {
    if (chosen.length !== 1 || !(YES_NO as readonly string[]).includes(chosen[0]!)) {
      throw new TallyError(`ballots[${index}]: choice must be "yes", "no" or "abstain"`);
    }
    return chosen;
  }
  const picks = chosen.length === 1 && chosen[0] === ABSTAIN ? [] : chosen;
  if (new Set(picks).size !== picks.length) throw new TallyError(`ballots[${index}]: an option is chosen twice`);
  const unknown = picks.find((pick) => !options.keys.includes(pick));
  if (unknown !== undefined) throw new TallyError(`ballots[${index}]: "${unknown}" is not one of the options`);
  if (picks.length > options.max) throw new TallyError(`ballots[${index}]: at most ${options.max} options may be chosen`);
  return picks;
}

const figures = (counted: Counted, byArea: boolean): Figures =>
  byArea ? { voters: counted.voters, owners: counted.owners.size, area: areaNumber(counted.area) } : { voters: counted.voters };

const measured = (counted: Counted, of: Measure): number => (of === 'voters' ? counted.voters : of === 'owners' ? counted.owners.size : counted.area);

function test(requirement: Requirement, part: Counted, whole: Counted, option?: string): TestResult {
  const p = measured(part, requirement.of);
  const w = measured(whole, requirement.of);
  const shown = (value: number) => (requirement.of === 'area' ? areaNumber(value) : value);
  return {
    ...(option ? { option } : {}),
    of: requirement.of,
    need: describeShare(requirement.share),
    share: requirement.share,
    part: shown(p),
    whole: shown(w),
    percent: percent(p, w),
    met: reaches(p, w, requirement.share),
  };
}

/** Options meeting the threshold, best first, cut at `max`; options tied across the cut are none of them adopted. */
function adopt(qualifying: string[], counts: Map<string, Counted>, max: number, byArea: boolean): { adopted: string[]; tie: boolean } {
  const rank = (key: string): number[] => {
    const c = counts.get(key)!;
    return byArea ? [c.area, c.owners.size] : [c.voters];
  };
  const compare = (a: string, b: string): number => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return rb[i]! - ra[i]!;
    return 0;
  };
  const ranked = [...qualifying].sort(compare);
  if (ranked.length <= max) return { adopted: ranked, tie: false };
  const last = ranked[max - 1]!;
  if (compare(last, ranked[max]!) !== 0) return { adopted: ranked.slice(0, max), tie: false };
  return { adopted: ranked.slice(0, max).filter((key) => compare(key, last) !== 0), tie: true };
}

/** Counts the vote under its rule: quorum on those taking part, then the threshold on those agreeing. */
export function tally(input: TallyInput): TallyResult {
  const statute = statuteOf(input);
  if (typeof statute === 'string') throw new TallyError(statute);
  const byArea = weighsArea(input.rule);
  const options = readOptions(input);
  const electorate = readElectorate(input, byArea);

  const whole = empty();
  for (const entry of electorate.values()) {
    whole.voters += 1;
    whole.owners.add(entry.owner);
    whole.area += entry.area;
  }

  const takingPart = empty();
  const counts = new Map(options.keys.concat(options.yesNo ? [] : [ABSTAIN]).map((key) => [key, empty()]));
  const seen = new Set<string>();
  const ownerChoice = new Map<string, string>();
  input.ballots.forEach((ballot, index) => {
    const entry = electorate.get(ballot.voter);
    if (!entry) throw new TallyError(`ballots[${index}]: voter "${ballot.voter}" is not in the electorate`);
    if (seen.has(ballot.voter)) throw new TallyError(`ballots[${index}]: voter "${ballot.voter}" has a second ballot`);
    seen.add(ballot.voter);
    const picks = picksOf(ballot, index, options);
    // One owner is one person however many units they hold (建筑物区分所有权解释 art. 9): one will, one choice.
    const said = [...picks].sort().join('\n');
    if (byArea && ownerChoice.has(entry.owner) && ownerChoice.get(entry.owner) !== said) {
      throw new TallyError(`ballots[${index}]: owner "${entry.owner}" chose differently on another unit`);
    }
    ownerChoice.set(entry.owner, said);
    for (const counted of [takingPart, ...(picks.length ? picks : [ABSTAIN]).map((key) => counts.get(key)!)]) {
      counted.voters += 1;
      counted.owners.add(entry.owner);
      counted.area += entry.area;
    }
  });

  const quorum = statute.quorum.map((requirement) => test(requirement, takingPart, whole));
  const quorumMet = quorum.every((result) => result.met);
  const agreeing = options.yesNo ? ['yes'] : options.keys;
  const threshold = agreeing.flatMap((key) => statute.threshold.map((requirement) => test(requirement, counts.get(key)!, takingPart, key)));
  const qualifying = agreeing.filter((key) => threshold.filter((result) => result.option === key).every((result) => result.met));
  const chosen = options.yesNo ? null : adopt(qualifying, counts, options.max, byArea);
  const passes = chosen ? chosen.adopted.length > 0 : qualifying.length > 0;

  return {
    outcome: !quorumMet ? 'no_quorum' : passes ? 'passed' : 'rejected',
    rule: input.rule,
    ...(input.basis ? { basis: input.basis } : {}),
    ...(input.rule === 'owners_assembly' && input.matter ? { matter: input.matter } : {}),
    source: statute.source,
    electorate: figures(whole, byArea),
    takingPart: figures(takingPart, byArea),
    counts: Object.fromEntries([...counts].map(([key, counted]) => [key, figures(counted, byArea)])),
    quorum: { met: quorumMet, tests: quorum },
    threshold: { met: passes, tests: threshold },
    ...(chosen ? { adopted: chosen.adopted, tie: chosen.tie } : {}),
  };
}
