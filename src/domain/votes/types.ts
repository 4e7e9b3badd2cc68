// Votes (表决) as stored and as returned. Who took part (VoteTurnout) and what was chosen (VoteBallot) are two
// records with nothing in common: no shared id, no time, no order (see docs/decisions/0010).
import type { Audience } from '../common/scope';
import type { Share } from './share';
import type { Basis, Matter, VoteRule } from './statutes';
import type { TallyResult } from './tally';

/** draft (settings editable until it opens) → open → closing (no more ballots, counting) → closed (published). */
export type VoteStatus = 'draft' | 'open' | 'closing' | 'closed';

/** Whose ballot counts: each adult resident, each household, each owner, or named members (representatives). */
export type ElectorateKind = 'residents' | 'households' | 'owners' | 'listed';

export interface Electorate {
  kind: ElectorateKind;
  /** Where the electors live (residents, households) or own (owners); the whole community for listed members. */
  audience: Audience;
  /** Owners' votes on one building: only these 单元 (e.g. ['2'] for 加装电梯 in 2单元). */
  units?: string[];
  /** Listed members' user ids (村民代表, the committee itself). */
  memberIds?: string[];
}

export type VoteKind = 'yes_no' | 'options';

export interface VoteOption {
  key: string;
  label: string;
}

/** Where a ballot came from: the app, or a paper ballot the committee entered (at the meeting or door to door). */
export type BallotChannel = 'online' | 'meeting' | 'door';

export interface VoteSettings {
  question: string;
  kind: VoteKind;
  options: VoteOption[];
  maxChoices: number;
  rule: VoteRule;
  basis?: Basis;
  matter?: Matter;
  quorum?: Share;
  threshold?: Share;
  electorate: Electorate;
  /** false = 实名: chosen before opening and shown to voters. */
  secret: boolean;
  opensAt: number;
  closesAt: number;
}

export interface Vote extends VoteSettings {
  id: string;
  communityId: string;
  topicId: string | null;
  status: VoteStatus;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  /** Ballots cast so far (who took part, never what they chose); counted in each ballot's transaction. */
  turnout: number;
  electorateSize?: number;
  result?: TallyResult;
  /** Set when the ballots could not be counted (e.g. an empty electorate). */
  problem?: string;
  closedAt?: number;
  /** Secret that keys the pseudonyms of the tally download; never returned. */
  pseudonymKey: string;
}

/** One elector, frozen when the vote opens: id `${voteId}:${voterKey}`. */
export interface VoteElector {
  id: string;
  voteId: string;
  communityId: string;
  voterKey: string;
  /** What the committee sees: a nickname, a door, or an owner's units. */
  label: string;
  /** People told about the vote and allowed to cast this elector's ballot. */
  userIds: string[];
  /** Owners' votes: the owner's units in the electorate, each with its area in hundredths of a m². */
  units?: Array<{ unitId: string; label: string; area: number }>;
  /** Owners' votes: the sum of those areas, the weight the ballot carries. */
  weight?: number;
  createdAt: number;
}

/** "This elector took part": id `${voteId}:${voterKey}`, so a second ballot for the key fails to insert. */
export interface VoteTurnout {
  id: string;
  voteId: string;
  communityId: string;
  voterKey: string;
  channel: BallotChannel;
  /** Who cast it: the voter, or the committee member who entered the paper ballot. */
  castBy: string;
}

/** What was chosen, under a random id, with no voter and no time; a named (实名) vote also keeps the voter key. */
export interface VoteBallot {
  id: string;
  voteId: string;
  communityId: string;
  picks: string[];
  /** Owners' votes: the owner's area and number of units, which the count needs and nothing else does. */
  weight?: number;
  units?: number;
  voterKey?: string;
}

export type MyVoteStatus = 'can_vote' | 'voted' | 'voted_on_paper' | 'household_voted' | 'not_eligible';

export interface VoteAbilities {
  cast: boolean;
  castPaper: boolean;
  edit: boolean;
  electors: boolean;
  tallyFile: boolean;
}

export interface VoteView {
  id: string;
  topicId: string | null;
  topicTitle: string | null;
  question: string;
  kind: VoteKind;
  options: VoteOption[];
  maxChoices: number;
  rule: VoteRule;
  basis: Basis | null;
  matter: Matter | null;
  quorum: Share | null;
  threshold: Share | null;
  electorateKind: ElectorateKind;
  /** The places of the electorate, e.g. ['5栋'] or ['第二网格'], and 单元 for owners. */
  places: string[];
  units: string[];
  secret: boolean;
  status: VoteStatus;
  opensAt: number;
  closesAt: number;
  electorateSize: number | null;
  /** Shown to the committee while open; to everyone once closed. */
  turnout: number | null;
  result: TallyResult | null;
  problem: string | null;
  closedAt: number | null;
  me: { status: MyVoteStatus; voterLabel: string | null };
  can: VoteAbilities;
}

export interface VoteListItem {
  id: string;
  topicId: string | null;
  question: string;
  status: VoteStatus;
  rule: VoteRule;
  opensAt: number;
  closesAt: number;
  outcome: TallyResult['outcome'] | null;
  createdAt: number;
}

/** The committee's participant list: who took part and how, never what they chose. */
export interface ElectorRow {
  voterKey: string;
  label: string;
  tookPart: boolean;
  channel: BallotChannel | null;
}
