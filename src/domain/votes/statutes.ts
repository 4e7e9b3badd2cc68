// The decision rules the law sets, as data: when an assembly's vote is valid (quorum) and when it passes
// (threshold), each measured against the right whole. The tally reads this table and nothing else.
import { MORE_THAN_HALF, THREE_QUARTERS, TWO_THIRDS, type Share } from './share';

export const VOTE_RULES = ['residents_assembly', 'villagers_assembly', 'villagers_representatives', 'owners_assembly', 'simple'] as const;
export type VoteRule = (typeof VOTE_RULES)[number];
/** Who the electorate counts: adults one by one, or one representative per household. */
export type Basis = 'persons' | 'households';
/** `major` = 民法典 art. 278 (6)–(8): maintenance funds, rebuilding, changing or commercially using common parts. */
export type Matter = 'ordinary' | 'major';

/** What a test measures: electors (people or households), owners (headcount per arts. 8–9), or exclusive area. */
export type Measure = 'voters' | 'owners' | 'area';

export interface Requirement {
  of: Measure;
  share: Share;
}

export interface Statute {
  /** Where the rule is written. */
  source: string;
  /** Quorum: measured on those taking part against the whole electorate. */
  quorum: Requirement[];
  /** Threshold: measured on those agreeing against those taking part (abstentions take part). */
  threshold: Requirement[];
}

export interface RuleSettings {
  rule: VoteRule;
  basis?: Basis;
  matter?: Matter;
  /** `simple` only: the committee's own quorum and threshold. */
  quorum?: Share;
  threshold?: Share;
}

const headcount = (share: Share): Requirement[] => [{ of: 'voters', share }];
const areaAndOwners = (share: Share): Requirement[] => [
  { of: 'area', share },
  { of: 'owners', share },
];

/** The statute a vote's settings invoke, or a sentence saying what is missing. */
export function statuteOf(settings: RuleSettings): Statute | string {
  switch (settings.rule) {
    case 'residents_assembly':
      // 城市居民委员会组织法 art. 12: more than half of the adults or households' representatives attend; more than half of those attending agree.
      return { source: '城市居民委员会组织法 第十二条', quorum: headcount(MORE_THAN_HALF), threshold: headcount(MORE_THAN_HALF) };
    case 'villagers_assembly':
      // 村民委员会组织法 art. 22: more than half of the adult villagers, or at least two thirds of the households' representatives.
      if (settings.basis !== 'persons' && settings.basis !== 'households') return 'villagers_assembly needs "basis": "persons" or "households"';
      return {
        source: '村民委员会组织法 第二十二条',
        quorum: headcount(settings.basis === 'persons' ? MORE_THAN_HALF : TWO_THIRDS),
        threshold: headcount(MORE_THAN_HALF),
      };
    case 'villagers_representatives':
      // 村民委员会组织法 arts. 25–26: at least two thirds of the representatives attend; more than half of those present agree.
      return { source: '村民委员会组织法 第二十五条、第二十六条', quorum: headcount(TWO_THIRDS), threshold: headcount(MORE_THAN_HALF) };
    case 'owners_assembly':
      // 民法典 art. 278: two thirds of the area and of the owners take part; (6)–(8) need three quarters of both, others more than half.
      if (settings.matter !== 'ordinary' && settings.matter !== 'major') return 'owners_assembly needs "matter": "ordinary" or "major"';
      return {
        source: settings.matter === 'major' ? '民法典 第二百七十八条第二款（第六至八项）' : '民法典 第二百七十八条第二款',
        quorum: areaAndOwners(TWO_THIRDS),
        threshold: areaAndOwners(settings.matter === 'major' ? THREE_QUARTERS : MORE_THAN_HALF),
      };
    case 'simple':
      if (!settings.quorum || !settings.threshold) return 'simple needs "quorum" and "threshold", e.g. {"atLeast": [1, 2]}';
      return { source: '议事规则（居委会设定）', quorum: headcount(settings.quorum), threshold: headcount(settings.threshold) };
  }
}

/** Owners' votes are weighed by area and headcount; every other rule counts electors. */
export const weighsArea = (rule: VoteRule): boolean => rule === 'owners_assembly';
