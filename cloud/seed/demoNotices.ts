// A few 幸福里 notices of every kind, in the states a committee's board is in on an ordinary week: a pinned 停水
// notice for 3栋, the 垃圾分类 guide pinned for everyone, a 公示 of the 微更新 design that was corrected once (so
// it shows 已修改 and its history), a clean-up drive for 第二网格, an expired 倡议 and one scheduled for later.
// Some neighbours have read them, and the per-building counts agree with those reads.
import type { Audience } from '../../src/domain/common/scope';
import type { Building, Household, Member } from '../../src/domain/membership/types';
import { countsTowardsReadRate } from '../../src/domain/notices/rules';
import type { Notice, NoticeFeedRow, NoticeHouseholdRead, NoticeRead, NoticeTally, NoticeVersion } from '../../src/domain/notices/types';
import { feedRowsOf } from '../handlers/notices/feedRows';
import { emptyTally, householdReadId, readId, tallyId } from '../handlers/notices/reads';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const XINGFULI = 'c-xingfuli';

interface Story {
  id: string;
  category: Notice['category'];
  title: string;
  body: string[];
  audience: Audience;
  pinned?: boolean;
  /** Relative to the seed time. */
  publishedAgo: number;
  expiresIn: number | null;
  /** An earlier content this notice replaced, and how long ago. */
  earlier?: { title: string; body: string[]; editedAgo: number };
  /** Every n-th resident in the audience has read it (0: nobody). */
  readEvery: number;
}

const STORIES: Story[] = [
  {
    id: 'nt-demo-outage-3', category: 'outage', title: '3栋二次供水设施清洗检修停水通知', pinned: true,
    body: [
      '因3栋二次供水水箱清洗消毒及管道检修，定于本周六8:00—16:00暂停供水，恢复时间视施工情况可能提前。',
      '请3栋住户提前做好储水准备；停水期间请关闭家中水龙头，以免来水时跑水。',
      '家中有独居老人或行动不便的，请联系第一网格网格员张敏，社区安排志愿者上门送水。',
    ],
    audience: { level: 'building', ids: ['b-3'] }, publishedAgo: 20 * HOUR, expiresIn: 2 * DAY, readEvery: 2,
  },
  {
    id: 'nt-demo-sorting', category: 'policy', title: '幸福里社区生活垃圾分类投放指南', pinned: true,
    body: [
      '生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，请分类投放到对应颜色的桶内。',
      '定时定点投放：每天7:00—9:00、18:00—21:00，各楼栋垃圾分类点有桶长值守指导。',
      '大件家具、装修垃圾请预约清运，不要堆放在楼道和绿化带。',
    ],
    audience: { level: 'community' }, publishedAgo: 12 * DAY, expiresIn: null, readEvery: 2,
  },
  {
    id: 'nt-demo-renewal', category: 'publicity', title: '幸福里小区微更新设计方案公示',
    body: [
      '小区微更新（中心花园、文化长廊、非机动车棚）设计方案已完成，现在社区公示栏和小区主要出入口公示。',
      '公示期为10天，期间欢迎居民到社区服务站查看效果图，或在议事箱留下意见建议。',
      '公示结束后，社区将汇总意见修改完善方案，并召开居民代表会议议定。',
    ],
    earlier: {
      title: '幸福里小区微更新设计方案公示',
      body: [
        '小区微更新（中心花园、文化长廊、非机动车棚）设计方案已完成，现在社区公示栏和小区主要出入口公示。',
        '公示期为7天，期间欢迎居民到社区服务站查看效果图，或在议事箱留下意见建议。',
      ],
      editedAgo: 1 * DAY,
    },
    audience: { level: 'community' }, publishedAgo: 3 * DAY, expiresIn: 7 * DAY, readEvery: 3,
  },
  {
    id: 'nt-demo-cleanup', category: 'event', title: '第二网格卫生死角大清除志愿活动',
    body: [
      '本周日上午9:00，第二网格组织卫生死角大清除，重点清理4—6栋楼道堆物和绿化带白色垃圾。',
      '集合地点：5栋东侧小广场。社区提供手套、垃圾袋和夹子，欢迎居民带上家人一起参加。',
    ],
    audience: { level: 'grid', ids: ['g-2'] }, publishedAgo: 2 * DAY, expiresIn: 2 * DAY, readEvery: 4,
  },
  {
    id: 'nt-demo-dogs', category: 'notice', title: '文明养犬倡议书',
    body: ['遛狗请牵绳、及时清理犬只粪便，不在电梯和楼道内放任犬只活动。', '请养犬户按规定为犬只办理登记和免疫。'],
    audience: { level: 'community' }, publishedAgo: 40 * DAY, expiresIn: -10 * DAY, readEvery: 3,
  },
  {
    id: 'nt-demo-safety', category: 'notice', title: '冬季用电用气安全入户检查通知',
    body: ['社区将联合燃气公司开展冬季用电用气安全入户检查，请住户届时留人在家配合。'],
    audience: { level: 'community' }, publishedAgo: -2 * DAY, expiresIn: 10 * DAY, readEvery: 0,
  },
];

export interface DemoNotices {
  notices: Notice[];
  noticeVersions: NoticeVersion[];
  noticeFeed: NoticeFeedRow[];
  noticeTallies: NoticeTally[];
  noticeReads: NoticeRead[];
  noticeHouseholdReads: NoticeHouseholdRead[];
}

interface Places {
  now: number;
  authorId: string;
  streetId: string;
  buildings: readonly Building[];
  households: readonly Household[];
  members: readonly Member[];
}

export function demoNotices({ now, authorId, streetId, buildings, households, members }: Places): DemoNotices {
  const out: DemoNotices = { notices: [], noticeVersions: [], noticeFeed: [], noticeTallies: [], noticeReads: [], noticeHouseholdReads: [] };
  const residents = members.filter((member) => member.communityId === XINGFULI && member.role === 'resident' && member.status === 'active');
  const buildingOf = new Map(households.map((household) => [household.id, household.buildingId]));

  for (const story of STORIES) {
    const publishAt = now - story.publishedAgo;
    const notice: Notice = {
      id: story.id, communityId: XINGFULI, streetId, category: story.category, title: story.title, body: story.body, images: [],
      audience: story.audience, pinned: story.pinned ?? false, important: false, publishAt,
      expiresAt: story.expiresIn === null ? null : now + story.expiresIn, status: 'published', version: story.earlier ? 2 : 1,
      authorId, authorRole: 'committee', createdAt: Math.min(publishAt, now), updatedAt: now - (story.earlier?.editedAgo ?? story.publishedAgo),
    };
    if (story.earlier) {
      notice.editedAt = now - story.earlier.editedAgo;
      out.noticeVersions.push({
        id: `${notice.id}:v1`, noticeId: notice.id, communityId: XINGFULI, version: 1, title: story.earlier.title, body: story.earlier.body,
        images: [], since: publishAt, replacedAt: notice.editedAt, editorId: authorId,
      });
    }
    out.notices.push(notice);
    out.noticeFeed.push(...feedRowsOf(notice));

    const tallies = new Map<string, NoticeTally>();
    const audienceBuildings = buildings.filter((building) =>
      building.communityId === XINGFULI &&
      (story.audience.level === 'community' || (story.audience.level === 'grid' ? story.audience.ids.includes(building.gridId) : story.audience.ids.includes(building.id))),
    );
    for (const building of audienceBuildings) tallies.set(building.id, emptyTally(notice, building.id));

    const readers = story.readEvery ? residents.filter((member) => countsTowardsReadRate(member, notice)).filter((_, index) => index % story.readEvery === 0) : [];
    const householdsRead = new Set<string>();
    readers.forEach((member, index) => {
      const buildingId = buildingOf.get(member.householdId!)!;
      const at = Math.min(now, publishAt + (index + 1) * HOUR);
      out.noticeReads.push({ id: readId(notice.id, member.userId), noticeId: notice.id, communityId: XINGFULI, userId: member.userId, householdId: member.householdId, buildingId, version: notice.version, at });
      const tally = tallies.get(buildingId) ?? emptyTally(notice, buildingId);
      tally.residents += 1;
      if (!householdsRead.has(member.householdId!)) {
        householdsRead.add(member.householdId!);
        tally.households += 1;
        out.noticeHouseholdReads.push({ id: householdReadId(notice.id, member.householdId!), noticeId: notice.id, communityId: XINGFULI, householdId: member.householdId!, buildingId, at });
      }
      tallies.set(buildingId, tally);
    });
    out.noticeTallies.push(...[...tallies.values()].map((tally) => ({ ...tally, id: tallyId(notice.id, tally.buildingId) })));
  }
  return out;
}
