// 居民议事 in 幸福里: three topics at different points of 四议两公开 (a 4栋 proposal gathering support, a parcel-locker
// topic carried all the way through a closed vote to an accepted result, a declined one), the community's N and D,
// and the property register of 5栋 (3 单元 × 6 floors × 2 homes) with the 2单元 owners who use the app bound to
// their homes. 5栋加装电梯 itself is left for the E2E story to propose.
import { msg } from '../../src/domain/common/messages';
import { CONSENT_VERSION } from '../../src/domain/membership/schemas';
import type {
  CouncilSettings,
  OwnerBinding,
  PropertyOwner,
  PropertyUnit,
  Topic,
  TopicComment,
  TopicEvent,
  TopicSupport,
} from '../../src/domain/councils/types';
import type { Household, Member, User } from '../../src/domain/membership/types';
import { tally } from '../../src/domain/votes/tally';
import { optionsOf } from '../../src/domain/votes/settings';
import { tallyInputOf } from '../../src/domain/votes/tallyInput';
import type { Vote, VoteBallot, VoteElector, VoteTurnout } from '../../src/domain/votes/types';
import { userIdFor } from '../handlers/actor';
import { chinaTime } from '../handlers/councils/access';
import { ownerIdOf, unitIdOf, unitLabel } from '../handlers/register/ids';

const XINGFULI = 'c-xingfuli';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface DemoCouncils {
  councilSettings: CouncilSettings[];
  topics: Topic[];
  topicEvents: TopicEvent[];
  topicSupports: TopicSupport[];
  topicComments: TopicComment[];
  votes: Vote[];
  voteElectors: VoteElector[];
  voteTurnout: VoteTurnout[];
  voteBallots: VoteBallot[];
  propertyUnits: PropertyUnit[];
  propertyOwners: PropertyOwner[];
  ownerBindings: OwnerBinding[];
}

/**
 * 5栋2单元 owners who use the app (openid `seed:owner-…`), besides 王阿姨 (501) and 董姐 (602): 刘叔 lives at 501 with
 * 王阿姨; the others live elsewhere in 幸福里 (with family, or they let their 2单元 homes).
 */
export const FIVE_TWO_OWNERS = [
  { openid: 'seed:owner-liu', nickname: '刘叔', rooms: ['501'], household: 'h-5-2-501' },
  { openid: 'seed:owner-zhou', nickname: '周奶奶', rooms: ['601'], household: 'h-6-1-302' },
  { openid: 'seed:owner-wu', nickname: '吴老师', rooms: ['401'], household: 'h-4-2-602' },
  { openid: 'seed:owner-zheng', nickname: '郑大姐', rooms: ['402'], household: 'h-3-2-501' },
  { openid: 'seed:owner-zhang', nickname: '张叔', rooms: ['301', '302'], household: 'h-5-1-101' },
] as const;

const OWNER_NAMES: Record<string, string> = {
  '2-101': '钱德福', '2-102': '孙建华', '2-201': '冯玉珍', '2-202': '陈志强', '2-301': '张建国', '2-302': '张建国',
  '2-401': '吴秀梅', '2-402': '郑丽', '2-501': '王秀兰', '2-502': '何伟', '2-601': '周桂芳', '2-602': '董丽华',
};
const SURNAMES = ['李', '杨', '赵', '黄', '徐', '朱', '马', '胡', '郭', '林', '罗', '梁'];
const GIVEN = ['淑珍', '国庆', '建军', '秀英', '玉兰', '志明', '桂英', '海燕', '文华', '春生', '丽娟', '德明'];
/** Two layouts per 单元 (01 east, 02 west), as registered (m²). */
const AREAS: Record<string, [string, string]> = { '1': ['86.42', '74.15'], '2': ['89.56', '72.38'], '3': ['92.10', '68.77'] };

function register(now: number, userOf: (key: string) => string): Pick<DemoCouncils, 'propertyUnits' | 'propertyOwners' | 'ownerBindings'> {
  const units: PropertyUnit[] = [];
  const owners = new Map<string, PropertyOwner>();
  let n = 0;
  for (const unit of ['1', '2', '3']) {
    for (let floor = 1; floor <= 6; floor += 1) {
      for (const door of [1, 2]) {
        const room = `${floor}0${door}`;
        const name = OWNER_NAMES[`${unit}-${room}`] ?? `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 5 + Math.floor(n / SURNAMES.length)) % GIVEN.length]}`;
        n += 1;
        const ownerId = ownerIdOf(XINGFULI, name, false);
        if (!owners.has(ownerId)) owners.set(ownerId, { id: ownerId, communityId: XINGFULI, name, developer: false, createdAt: now - 60 * DAY_MS });
        const area = Number(AREAS[unit]![door - 1]!.replace('.', ''));
        units.push({ id: unitIdOf(XINGFULI, 'b-5', unit, room), communityId: XINGFULI, buildingId: 'b-5', unit, room, label: unitLabel('5栋', unit, room), area, ownerId, createdAt: now - 60 * DAY_MS, updatedAt: now - 60 * DAY_MS });
      }
    }
  }
  const ownerOfRoom = (room: string) => units.find((unit) => unit.unit === '2' && unit.room === room)!.ownerId;
  const bound = [
    { userId: userOf('resident-wang'), room: '501' },
    { userId: userIdFor('seed:neighbour-25'), room: '602' },
    ...FIVE_TWO_OWNERS.map((owner) => ({ userId: userIdFor(owner.openid), room: owner.rooms[0] })),
  ];
  const ownerBindings = bound.map(({ userId, room }) => ({ id: `${XINGFULI}:${userId}`, communityId: XINGFULI, userId, ownerId: ownerOfRoom(room), createdAt: now - 30 * DAY_MS }));
  return { propertyUnits: units, propertyOwners: [...owners.values()], ownerBindings };
}

/** The app accounts of the 5栋2单元 owners above, as residents of 幸福里 in the households they live in. */
export function ownerPeople(now: number, households: readonly Household[]): { users: User[]; members: Member[] } {
  const users: User[] = [];
  const members: Member[] = [];
  for (const owner of FIVE_TWO_OWNERS) {
    const id = userIdFor(owner.openid);
    users.push({ id, openid: owner.openid, nickname: owner.nickname, avatarUrl: '', consentVersion: CONSENT_VERSION, createdAt: now - 40 * DAY_MS, currentCommunityId: XINGFULI });
    const home = households.find((household) => household.id === owner.household)!;
    members.push({ id: `${XINGFULI}:${id}`, communityId: XINGFULI, userId: id, role: 'resident', status: 'active', householdId: home.id, buildingId: home.buildingId, gridId: home.gridId, gridIds: [], joinedAt: now - 40 * DAY_MS, current: true });
  }
  return { users, members };
}

let sequence = 0;
const event = (topicId: string, kind: TopicEvent['kind'], status: TopicEvent['status'], actorRole: TopicEvent['actorRole'], at: number, note?: string): TopicEvent => {
  sequence += 1;
  return { id: `${topicId}:${String(at).padStart(15, '0')}:${String(sequence).padStart(9, '0')}:seed`, topicId, kind, status, actorRole, at, ...(note ? { note } : {}) };
};

const baseTopic = (now: number, fields: Pick<Topic, 'id' | 'title' | 'description' | 'audience' | 'proposerId' | 'status' | 'supportCount' | 'createdAt'>): Topic => ({
  ...fields,
  communityId: XINGFULI,
  photos: [],
  byCommittee: false,
  supportNeeded: 3,
  supportUntil: fields.createdAt + 14 * DAY_MS,
  minutesPhotos: [],
  resultPhotos: [],
  updatedAt: now,
});

/** 东门增设智能快递柜: proposed, supported, met on, voted on by households (a simple 60 % rule), carried out. */
function lockers(now: number, userOf: (key: string) => string, people: { households: Household[]; members: Member[] }): Partial<DemoCouncils> {
  const id = 't-demo-lockers';
  const at = (daysAgo: number, hour = 10) => now - daysAgo * DAY_MS + (hour - 9) * HOUR_MS;
  const supporters = ['seed:neighbour-1', 'seed:neighbour-2', 'seed:neighbour-3'].map(userIdFor);
  const voteId = 'v-demo-lockers';
  const households = people.households.filter((household) => household.communityId === XINGFULI);
  const living = (householdId: string) => people.members.filter((member) => member.householdId === householdId && member.status === 'active').map((member) => member.userId);
  const vote: Vote = {
    id: voteId,
    communityId: XINGFULI,
    topicId: id,
    question: '是否同意在东门内侧增设智能快递柜（场地由物业提供，不收取居民费用）',
    kind: 'yes_no',
    options: optionsOf('yes_no', []),
    maxChoices: 1,
    rule: 'simple',
    basis: 'households',
    quorum: { atLeast: [1, 2] },
    threshold: { atLeast: [3, 5] },
    electorate: { kind: 'households', audience: { level: 'community' } },
    secret: true,
    opensAt: at(24),
    closesAt: at(17, 18),
    status: 'closed',
    createdBy: userOf('committee-chen'),
    createdAt: at(24),
    updatedAt: at(17, 18),
    turnout: 0,
    electorateSize: households.length,
    closedAt: at(17, 18),
    pseudonymKey: 'demo-lockers-pseudonyms',
  };
  const electors: VoteElector[] = households.map((household) => ({
    id: `${voteId}:h:${household.id}`, voteId, communityId: XINGFULI, voterKey: `h:${household.id}`, label: household.label, userIds: living(household.id), createdAt: vote.opensAt,
  }));
  // 26 of 40 households take part (those without the app on paper, door to door): 19 yes, 5 no, 2 abstain.
  const choices = [...Array(19).fill('yes'), ...Array(5).fill('no'), 'abstain', 'abstain'] as string[];
  const turnout: VoteTurnout[] = [];
  const ballots: VoteBallot[] = [];
  electors.slice(0, choices.length).forEach((elector, index) => {
    const paper = index % 9 === 4 || !elector.userIds.length;
    turnout.push({ id: elector.id, voteId, communityId: XINGFULI, voterKey: elector.voterKey, channel: paper ? 'door' : 'online', castBy: paper ? userOf('committee-liu') : elector.userIds[0] ?? userOf('committee-liu') });
    ballots.push({ id: `b-demo-lockers-${String((index * 7919) % 1000).padStart(3, '0')}`, voteId, communityId: XINGFULI, picks: [choices[(index * 11) % choices.length]!] });
  });
  vote.turnout = turnout.length;
  vote.result = tally(tallyInputOf(vote, electors, turnout, ballots));

  const topic: Topic = {
    ...baseTopic(now, {
      id,
      title: '东门增设智能快递柜',
      description: '东门一带快递都堆在门卫室，经常丢件，老人取件也不方便。建议在东门内侧增设智能快递柜。',
      audience: { level: 'community' },
      proposerId: userOf('resident-zhao'),
      status: 'accepted',
      supportCount: supporters.length,
      createdAt: at(30),
    }),
    meeting: { at: at(26, 19), place: '社区议事园（党群服务中心二楼）', audience: { level: 'community' }, scheduledAt: at(28) },
    minutes: { text: '与会居民代表15人、物业公司1人。大家同意增设快递柜，场地选在东门内侧绿化带旁，不占消防通道；由物业公司与运营商签约，居民不承担费用。会议决定以户为单位表决，参与户数过半、赞成达六成即通过。', publishedAt: at(25) },
    voteId,
    resolution: { voteId, outcome: vote.result.outcome, publishedAt: at(17, 18) },
    implementation: { note: '物业公司与快递柜运营商签约，12月前完成安装', startedAt: at(15) },
    result: { text: '东门内侧已安装2组智能快递柜（共120格），11月18日起投入使用，门卫室不再代收快递。', publishedAt: at(2) },
  };
  const note = (key: string, params: Record<string, string | number>) => `@${msg(key, params)}`;
  const topicEvents: TopicEvent[] = [
    event(id, 'proposed', 'proposal', 'resident', at(30)),
    event(id, 'reachedAgenda', 'deliberation', 'system', at(29, 15), note('council.noteReached', { count: 3 })),
    event(id, 'meetingScheduled', 'deliberation', 'committee', at(28), note('council.noteMeeting', { at: chinaTime(topic.meeting!.at), place: topic.meeting!.place })),
    event(id, 'minutesPublished', 'deliberation', 'committee', at(25)),
    event(id, 'voteOpened', 'resolution', 'committee', at(24), note('council.noteVote', { question: vote.question, closes: chinaTime(vote.closesAt) })),
    event(id, 'resolutionPublished', 'resolution', 'system', at(17, 18), note('council.noteOutcome', { outcome: `@outcome.${vote.result.outcome}` })),
    event(id, 'implementationStarted', 'implementation', 'committee', at(15), topic.implementation!.note),
    event(id, 'accepted', 'accepted', 'committee', at(2), topic.result!.text),
  ];
  return {
    topics: [topic],
    topicEvents,
    topicSupports: supporters.map((userId, index) => ({ id: `${id}:${userId}`, topicId: id, userId, createdAt: at(30 - index * 0.3) })),
    topicComments: [
      { id: 'tc-demo-lockers-1', communityId: XINGFULI, topicId: id, authorId: supporters[0]!, official: false, text: '支持！上周我的快递就在门卫室被别人拿错了。', photos: [], createdAt: at(29) },
      { id: 'tc-demo-lockers-2', communityId: XINGFULI, topicId: id, authorId: userOf('committee-chen'), official: true, text: '居委会已与物业沟通，场地可行，下周在议事园召开议事会，欢迎大家参加。', photos: [], createdAt: at(28, 11) },
    ],
    votes: [vote],
    voteElectors: electors,
    voteTurnout: turnout,
    voteBallots: ballots,
  };
}

export function demoCouncils(now: number, userOf: (key: string) => string, people: { households: Household[]; members: Member[] }): DemoCouncils {
  const at = (daysAgo: number) => now - daysAgo * DAY_MS;
  const lights: Topic = baseTopic(now, {
    id: 't-demo-lights',
    title: '4栋楼道灯改为声控节能灯',
    description: '4栋楼道灯常年长明，有几层已经坏了没人修。建议统一换成声控节能灯，既省电又安全。',
    audience: { level: 'building', ids: ['b-4'] },
    proposerId: userOf('resident-li'),
    status: 'proposal',
    supportCount: 1,
    createdAt: at(3),
  });
  const market: Topic = {
    ...baseTopic(now, {
      id: 't-demo-market',
      title: '小区北门允许早市摆摊',
      description: '希望允许周边菜农早上在北门内摆摊，买菜方便些。',
      audience: { level: 'community' },
      proposerId: userIdFor('seed:neighbour-7'),
      status: 'declined',
      supportCount: 2,
      createdAt: at(20),
    }),
    declineReason: '北门内是消防通道，摆摊不符合占道经营管理规定。经两委商议不予采纳；街道便民市场（青石路口）每天6:00–9:00开放，欢迎前往。',
  };
  const done = lockers(now, userOf, people);
  return {
    councilSettings: [{ id: XINGFULI, communityId: XINGFULI, supportNeeded: 3, supportDays: 14, updatedAt: at(60) }],
    topics: [lights, market, ...done.topics!],
    topicEvents: [
      event(lights.id, 'proposed', 'proposal', 'resident', lights.createdAt),
      event(market.id, 'proposed', 'proposal', 'resident', market.createdAt),
      event(market.id, 'declined', 'declined', 'committee', at(18), market.declineReason),
      ...done.topicEvents!,
    ],
    topicSupports: [
      { id: `${lights.id}:${userIdFor('seed:neighbour-14')}`, topicId: lights.id, userId: userIdFor('seed:neighbour-14'), createdAt: at(2) },
      ...['seed:neighbour-8', 'seed:neighbour-11'].map((openid) => ({ id: `${market.id}:${userIdFor(openid)}`, topicId: market.id, userId: userIdFor(openid), createdAt: at(19) })),
      ...done.topicSupports!,
    ],
    topicComments: [
      { id: 'tc-demo-lights-1', communityId: XINGFULI, topicId: lights.id, authorId: userOf('committee-liu'), official: true, text: '已请物业先修好3楼和5楼的灯，改声控灯的费用待议事会讨论。', photos: [], createdAt: at(2) },
      ...done.topicComments!,
    ],
    votes: done.votes!,
    voteElectors: done.voteElectors!,
    voteTurnout: done.voteTurnout!,
    voteBallots: done.voteBallots!,
    ...register(now, userOf),
  };
}
