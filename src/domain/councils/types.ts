// Council topics (议题) as stored and as returned: proposal → deliberation → resolution (a vote) → implementation
// → accepted (四议两公开), with the resolution and the implementation result published on the topic.
import type { Audience } from '../common/scope';
import type { TallyResult } from '../votes/tally';
import type { VoteOption, VoteStatus } from '../votes/types';
import type { VoteRule } from '../votes/statutes';

export type TopicStatus = 'proposal' | 'deliberation' | 'resolution' | 'implementation' | 'accepted' | 'declined' | 'merged';

export type PhotoVerdict = 'pass' | 'pending' | 'reject';
export interface TopicPhoto {
  fileId: string;
  verdict: PhotoVerdict;
}

/** 议事会: when and where, and whom the committee invited. */
export interface Meeting {
  at: number;
  place: string;
  audience: Audience;
  scheduledAt: number;
}

export interface Topic {
  id: string;
  communityId: string;
  title: string;
  description: string;
  photos: TopicPhoto[];
  /** Whom it concerns: who may support, comment and (by default) vote. */
  audience: Audience;
  proposerId: string;
  byCommittee: boolean;
  status: TopicStatus;
  supportCount: number;
  /** N and the end of the D days, fixed when the topic is proposed (the community's settings then). */
  supportNeeded: number;
  supportUntil: number;
  meeting?: Meeting;
  minutes?: { text: string; publishedAt: number };
  minutesPhotos: TopicPhoto[];
  voteId?: string;
  /** 决议公开: the vote's outcome, published when it closed. */
  resolution?: { voteId: string; outcome: TallyResult['outcome']; publishedAt: number };
  implementation?: { note: string; startedAt: number };
  /** 实施结果公开. */
  result?: { text: string; publishedAt: number };
  resultPhotos: TopicPhoto[];
  declineReason?: string;
  mergedInto?: string;
  createdAt: number;
  updatedAt: number;
}

export type TopicEventKind =
  | 'proposed'
  | 'reachedAgenda'
  | 'putOnAgenda'
  | 'merged'
  | 'declined'
  | 'meetingScheduled'
  | 'minutesPublished'
  | 'voteOpened'
  | 'resolutionPublished'
  | 'reconsidered'
  | 'implementationStarted'
  | 'accepted';

export interface TopicEvent {
  id: string;
  topicId: string;
  kind: TopicEventKind;
  status: TopicStatus;
  actorRole: 'resident' | 'grid_worker' | 'committee' | 'street' | 'system';
  at: number;
  /** A person's words, or `@key?params` for a note of the system. */
  note?: string;
}

export interface TopicComment {
  id: string;
  communityId: string;
  topicId: string;
  authorId: string;
  /** Committee replies are marked official (居委会答复). */
  official: boolean;
  text: string;
  photos: TopicPhoto[];
  createdAt: number;
}

/** id `${topicId}:${userId}`: one support per person. */
export interface TopicSupport {
  id: string;
  topicId: string;
  userId: string;
  createdAt: number;
}

/** Per community: N supporters within D days bring a resident's topic to the agenda. */
export interface CouncilSettings {
  id: string;
  communityId: string;
  supportNeeded: number;
  supportDays: number;
  updatedAt: number;
}

export interface TopicAbilities {
  support: boolean;
  comment: boolean;
  putOnAgenda: boolean;
  merge: boolean;
  decline: boolean;
  scheduleMeeting: boolean;
  publishMinutes: boolean;
  openVote: boolean;
  reconsider: boolean;
  implement: boolean;
  accept: boolean;
}

export interface TimelineEntry {
  kind: TopicEventKind;
  status: TopicStatus;
  actorRole: TopicEvent['actorRole'];
  at: number;
  note?: string;
}

export interface TopicListItem {
  id: string;
  title: string;
  status: TopicStatus;
  supportCount: number;
  supportNeeded: number;
  supportUntil: number;
  places: string[];
  thumbUrl: string | null;
  commentCount: number;
  outcome: TallyResult['outcome'] | null;
  createdAt: number;
}

export interface TopicVoteSummary {
  id: string;
  question: string;
  options: VoteOption[];
  status: VoteStatus;
  rule: VoteRule;
  opensAt: number;
  closesAt: number;
}

export interface TopicDetailView {
  id: string;
  title: string;
  description: string;
  photoUrls: string[];
  status: TopicStatus;
  audience: Audience;
  places: string[];
  proposerName: string | null;
  byCommittee: boolean;
  mine: boolean;
  supportCount: number;
  supportNeeded: number;
  supportUntil: number;
  supportedByMe: boolean;
  meeting: { at: number; place: string; places: string[] } | null;
  minutes: { text: string; photoUrls: string[]; publishedAt: number } | null;
  vote: TopicVoteSummary | null;
  /** The published resolution with the figures of its count. */
  resolution: { outcome: TallyResult['outcome']; publishedAt: number; result: TallyResult | null } | null;
  implementation: { note: string; startedAt: number } | null;
  result: { text: string; photoUrls: string[]; publishedAt: number } | null;
  declineReason: string | null;
  mergedInto: { id: string; title: string } | null;
  timeline: TimelineEntry[];
  can: TopicAbilities;
}

export interface CommentView {
  id: string;
  authorName: string;
  official: boolean;
  mine: boolean;
  text: string;
  photoUrls: string[];
  createdAt: number;
}

/** The property register (房屋台账): exclusive units, their registered area and owner. */
export interface PropertyUnit {
  id: string;
  communityId: string;
  buildingId: string;
  unit: string;
  room: string;
  /** e.g. 5栋2单元501. */
  label: string;
  /** Registered exclusive area in hundredths of a m². */
  area: number;
  ownerId: string;
  createdAt: number;
  updatedAt: number;
}

/** An owner (业主): the units with the same owner count as one owner; the developer's unsold units too. */
export interface PropertyOwner {
  id: string;
  communityId: string;
  name: string;
  developer: boolean;
  createdAt: number;
}

/** id `${communityId}:${userId}`: the owner a member was bound to by the committee. */
export interface OwnerBinding {
  id: string;
  communityId: string;
  userId: string;
  ownerId: string;
  createdAt: number;
}

export interface UnitRow {
  id: string;
  buildingId: string;
  buildingName: string;
  unit: string;
  room: string;
  label: string;
  /** "89.50" m². */
  area: string;
  ownerId: string;
  ownerName: string;
  developer: boolean;
  /** How many units this owner holds in the register: they count once. */
  ownerUnits: number;
  boundMembers: Array<{ userId: string; nickname: string }>;
}

export interface RegisterView {
  units: UnitRow[];
  totals: { units: number; owners: number; area: string };
}
