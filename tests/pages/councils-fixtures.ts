// Views the council pages receive, as the cloud answers them, for the page tests.
import type { TopicAbilities, TopicDetailView, TopicListItem } from '@/domain/councils/types';
import { tally } from '@/domain/votes/tally';
import type { VoteAbilities, VoteView } from '@/domain/votes/types';

const AT = Date.parse('2026-11-20T09:00:00+08:00');
const NONE: TopicAbilities = { support: false, comment: false, putOnAgenda: false, merge: false, decline: false, scheduleMeeting: false, publishMinutes: false, openVote: false, reconsider: false, implement: false, accept: false };

export const listItem = (overrides: Partial<TopicListItem> = {}): TopicListItem => ({
  id: 't-1', title: '5栋加装电梯', status: 'proposal', supportCount: 1, supportNeeded: 3, supportUntil: AT + 14 * 86_400_000, places: ['5栋'], thumbUrl: null, commentCount: 2, outcome: null, createdAt: AT, ...overrides,
});

/** 5栋2单元: 8 of 11 owners take part, 6 agree (exactly 3/4), 575.38 of 754.50 m². */
export const elevatorResult = tally({
  rule: 'owners_assembly',
  matter: 'major',
  electorate: ['101', '102', '201', '202', '301', '302', '401', '402', '501', '502', '601', '602'].map((room) => ({
    voter: room, owner: room === '302' ? '301' : room, area: room.endsWith('1') ? 89.56 : 72.38,
  })),
  ballots: [
    ...['301', '302', '401', '402', '501', '601', '602'].map((voter) => ({ voter, choice: 'yes' })),
    { voter: '101', choice: 'no' },
    { voter: '201', choice: 'no' },
  ],
});

export const topicOf = (overrides: Partial<TopicDetailView> = {}, can: Partial<TopicAbilities> = {}): TopicDetailView => ({
  id: 't-1', title: '5栋加装电梯', description: '5栋是六层老楼，没有电梯。', photoUrls: [], status: 'proposal', audience: { level: 'building', ids: ['b-5'] }, places: ['5栋'],
  proposerName: '王阿姨', byCommittee: false, mine: false, supportCount: 1, supportNeeded: 3, supportUntil: AT + 14 * 86_400_000, supportedByMe: false,
  meeting: null, minutes: null, vote: null, resolution: null, implementation: null, result: null, declineReason: null, mergedInto: null,
  timeline: [{ kind: 'proposed', status: 'proposal', actorRole: 'resident', at: AT }],
  ...overrides,
  can: { ...NONE, ...can },
});

const NO_VOTE: VoteAbilities = { cast: false, castPaper: false, edit: false, electors: false, tallyFile: false };

export const voteOf = (overrides: Partial<VoteView> = {}, can: Partial<VoteAbilities> = {}): VoteView => ({
  id: 'v-1', topicId: 't-1', topicTitle: '5栋加装电梯', question: '是否同意5栋2单元加装电梯', kind: 'yes_no',
  options: [{ key: 'yes', label: 'yes' }, { key: 'no', label: 'no' }, { key: 'abstain', label: 'abstain' }], maxChoices: 1,
  rule: 'owners_assembly', basis: null, matter: 'major', quorum: null, threshold: null, electorateKind: 'owners', places: ['5栋'], units: ['2'], secret: true,
  status: 'open', opensAt: AT, closesAt: AT + 7 * 86_400_000, electorateSize: 11, turnout: null, result: null, problem: null, closedAt: null,
  me: { status: 'can_vote', voterLabel: '5栋2单元501' },
  ...overrides,
  can: { ...NO_VOTE, ...can },
});
