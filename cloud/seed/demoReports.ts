// A handful of 随手拍 cases in 幸福里 (and one in 和平), each told as the steps it went through so the
// report, its timeline and its supports always agree: closed, in progress, overdue, awaiting the reporter's
// check, unrouted (duty queue), filed on behalf (代办), escalated to the community and to the street, and one
// flagged after three rejections. None is clutter near 5栋 (lat 30.6600, lng 104.0815): the E2E story files there.
import { dueAtFor, HOUR_MS, type CategoryKey } from '../../src/domain/reports/categories';
import { chinaYear } from '../kit/counters';
import { caseCounterKey, caseNoOf } from '../../src/domain/reports/rules';
import { nextLevel, shouldFlag } from '../../src/domain/reports/status';
import type { Report, ReportEvent, ReportEventKind, ReportStatus } from '../../src/domain/reports/types';
import type { Files } from '../ports';
import { scenePhoto } from './scenes';

interface Step {
  kind: Exclude<ReportEventKind, 'submitted'>;
  by: string;
  role: ReportEvent['actorRole'];
  /** Hours after the case was filed. */
  at: number;
  note?: string;
}

interface Story {
  id: string;
  communityId: string;
  gridId: string | null;
  category: CategoryKey;
  description: string;
  lat: number;
  lng: number;
  address: string;
  reporter: string;
  showName?: boolean;
  onBehalfOf?: string;
  hoursAgo: number;
  steps: Step[];
  supporters?: string[];
}

const XINGFULI = 'c-xingfuli';
const HEPING = 'c-heping';

const STORIES: Story[] = [
  {
    id: 'r-demo-01', communityId: XINGFULI, gridId: 'g-1', category: 'overflowing_bin',
    description: '2栋北侧垃圾分类点的其他垃圾桶满了，垃圾堆到了地上，有异味', lat: 30.6605, lng: 104.0785, address: '2栋北侧垃圾分类点',
    reporter: 'resident-zhao', showName: true, hoursAgo: 6 * 24,
    steps: [
      { kind: 'accepted', by: 'worker-g1', role: 'grid_worker', at: 1 },
      { kind: 'started', by: 'worker-g1', role: 'grid_worker', at: 2 },
      { kind: 'resolved', by: 'worker-g1', role: 'grid_worker', at: 5, note: '已联系环卫清运，并协调每天下午加收一次' },
      { kind: 'confirmed', by: 'resident-zhao', role: 'resident', at: 20 },
    ],
  },
  {
    id: 'r-demo-02', communityId: XINGFULI, gridId: 'g-2', category: 'flyers',
    description: '单元门和电梯厅贴满了开锁、通下水道的小广告', lat: 30.6592, lng: 104.0822, address: '5栋2单元门口及电梯厅',
    reporter: 'resident-wang', hoursAgo: 30,
    steps: [
      { kind: 'accepted', by: 'worker-g2', role: 'grid_worker', at: 2 },
      { kind: 'started', by: 'worker-g2', role: 'grid_worker', at: 3 },
    ],
  },
  {
    id: 'r-demo-03', communityId: XINGFULI, gridId: 'g-2', category: 'bad_parking',
    description: '一辆落满灰的白色面包车停了两个多月，轮胎都瘪了，占着消防通道边的车位', lat: 30.6588, lng: 104.0826, address: '6栋南侧停车场',
    reporter: 'resident-li', hoursAgo: 4 * 24, steps: [], supporters: ['resident-wang', 'resident-zhao'],
  },
  {
    id: 'r-demo-04', communityId: XINGFULI, gridId: 'g-3', category: 'greenery',
    description: '前几天大风把绿化带里的一棵香樟吹歪了，斜靠在路灯上', lat: 30.6628, lng: 104.0795, address: '7栋前绿化带',
    reporter: 'resident-li', hoursAgo: 50,
    steps: [
      { kind: 'accepted', by: 'worker-g3', role: 'grid_worker', at: 1 },
      { kind: 'started', by: 'worker-g3', role: 'grid_worker', at: 20 },
      { kind: 'resolved', by: 'worker-g3', role: 'grid_worker', at: 26, note: '已请园林班组扶正香樟并用三角支架加固' },
    ],
  },
  {
    id: 'r-demo-05', communityId: XINGFULI, gridId: null, category: 'sewage',
    description: '下雨后雨水口堵住了，人行道积水漫到脚踝', lat: 30.6572, lng: 104.0798, address: '南门外人行道雨水口',
    reporter: 'resident-wang', hoursAgo: 5, steps: [],
  },
  {
    id: 'r-demo-06', communityId: XINGFULI, gridId: 'g-1', category: 'wiring',
    description: '楼道里从窗户拉出电线给电动车充电，线头就搭在楼梯扶手上', lat: 30.6598, lng: 104.0774, address: '3栋1单元楼道',
    reporter: 'worker-g1', onBehalfOf: '3栋 罗奶奶', hoursAgo: 20,
    steps: [
      { kind: 'accepted', by: 'worker-g1', role: 'grid_worker', at: 1 },
      { kind: 'escalated', by: 'worker-g1', role: 'grid_worker', at: 4, note: '涉及多户私拉电线，需社区联合物业统一整治' },
    ],
  },
  {
    id: 'r-demo-07', communityId: XINGFULI, gridId: 'g-3', category: 'construction_waste',
    description: '有住户装修，砖块和水泥袋堆在空地上快一周了', lat: 30.6632, lng: 104.0822, address: '8栋东侧空地',
    reporter: 'resident-zhao', hoursAgo: 60,
    steps: [
      { kind: 'accepted', by: 'worker-g3', role: 'grid_worker', at: 2 },
      { kind: 'escalated', by: 'worker-g3', role: 'grid_worker', at: 6, note: '建筑垃圾量大，网格无法清运' },
      { kind: 'escalated', by: 'committee-chen', role: 'committee', at: 10, note: '需街道协调渣土清运车辆' },
    ],
  },
  {
    id: 'r-demo-08', communityId: XINGFULI, gridId: 'g-1', category: 'clutter',
    description: '楼道里堆了旧家具和纸箱，挡住了一半通道', lat: 30.6594, lng: 104.0782, address: '1栋2单元一楼楼道',
    reporter: 'resident-zhao', hoursAgo: 10,
    steps: [{ kind: 'accepted', by: 'worker-g1', role: 'grid_worker', at: 1 }],
  },
  {
    id: 'r-demo-09', communityId: XINGFULI, gridId: 'g-2', category: 'dirty_spot',
    description: '围墙角落常年有人倒剩饭剩菜，招老鼠', lat: 30.6587, lng: 104.0829, address: '4栋背后围墙角',
    reporter: 'resident-wang', hoursAgo: 6 * 24,
    steps: [
      { kind: 'accepted', by: 'worker-g2', role: 'grid_worker', at: 1 },
      { kind: 'resolved', by: 'worker-g2', role: 'grid_worker', at: 8, note: '已清扫' },
      { kind: 'rejected', by: 'resident-wang', role: 'resident', at: 30, note: '第二天又有人倒了，还是很脏' },
      { kind: 'resolved', by: 'worker-g2', role: 'grid_worker', at: 40, note: '再次清扫并张贴提示' },
      { kind: 'rejected', by: 'resident-wang', role: 'resident', at: 60, note: '提示被撕了，垃圾还在' },
      { kind: 'resolved', by: 'worker-g2', role: 'grid_worker', at: 80, note: '已清扫消杀' },
      { kind: 'rejected', by: 'resident-wang', role: 'resident', at: 100, note: '问题一直反复，希望能装个监控或围挡' },
    ],
  },
  {
    id: 'r-demo-10', communityId: HEPING, gridId: 'g-h1', category: 'litter',
    description: '楼下绿化带里有很多塑料袋和饮料瓶', lat: 30.67, lng: 104.09, address: '和平1栋门口绿化带',
    reporter: 'heping-resident', hoursAgo: 8, steps: [],
  },
];

const STATUS_AFTER: Record<Step['kind'], ReportStatus | null> = {
  accepted: 'accepted',
  started: 'in_progress',
  escalated: 'submitted',
  resolved: 'resolved',
  confirmed: 'closed',
  rejected: 'in_progress',
  reassigned: 'submitted',
  marked_duplicate: 'duplicate',
  hidden: null,
  reopened: null,
  // A drive takes on a waiting case by accepting it.
  taken_on: 'accepted',
};

export interface DemoReports {
  reports: Report[];
  reportEvents: ReportEvent[];
  reportSupports: Array<{ id: string; reportId: string; userId: string; createdAt: number }>;
  /** The case numbering of each community, continuing after the seeded cases. */
  counters: Array<{ id: string; value: number }>;
}

/** A photo to store for a seeded case when the seed can save files: its scene, before or after the fix. */
export interface DemoPhoto {
  reportId: string;
  field: 'photos' | 'afterPhotos';
  ownerId: string;
  category: CategoryKey;
}

const eventId = (reportId: string, n: number): string => `${reportId}:${String(n).padStart(4, '0')}:000000`;

export function demoReports(now: number, userOf: (key: string) => string, streetId: string): DemoReports {
  const out: DemoReports = { reports: [], reportEvents: [], reportSupports: [], counters: [] };
  const numbered = new Map<string, number>();
  const ordered = [...STORIES].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const story of ordered) {
    const createdAt = now - story.hoursAgo * HOUR_MS;
    const year = chinaYear(createdAt);
    const key = caseCounterKey(story.communityId, year);
    numbered.set(key, (numbered.get(key) ?? 0) + 1);
    const report: Report = {
      id: story.id,
      caseNo: caseNoOf(year, numbered.get(key)!),
      communityId: story.communityId,
      streetId,
      gridId: story.gridId,
      level: story.gridId ? 'grid' : 'community',
      category: story.category,
      description: story.description,
      photos: [],
      lat: story.lat,
      lng: story.lng,
      address: story.address,
      reporterId: userOf(story.reporter),
      // The report carries its filing, the first entry of its timeline: the events are the steps after it.
      reporterRole: story.onBehalfOf ? 'grid_worker' : 'resident',
      showName: story.showName ?? false,
      status: 'submitted',
      afterPhotos: [],
      rejections: 0,
      flagged: false,
      hidden: false,
      supportCount: story.supporters?.length ?? 0,
      createdAt,
      updatedAt: createdAt,
      dueAt: dueAtFor(story.category, createdAt),
    };
    if (story.onBehalfOf) report.filedBy = { userId: userOf(story.reporter), onBehalfOf: story.onBehalfOf };

    story.steps.forEach((step, index) => {
      const at = createdAt + step.at * HOUR_MS;
      const status = STATUS_AFTER[step.kind] ?? report.status;
      const actorId = userOf(step.by);
      if (step.kind === 'accepted' || step.kind === 'started') report.handlerId = actorId;
      if (step.kind === 'escalated') {
        report.level = nextLevel(report.level) ?? report.level;
        delete report.handlerId;
      }
      if (step.kind === 'resolved') {
        report.handlerId = actorId;
        report.resolutionNote = step.note;
        report.resolvedAt = at;
      }
      if (step.kind === 'rejected') {
        report.rejections += 1;
        report.flagged = shouldFlag(report.rejections);
      }
      if (step.kind === 'confirmed') report.closedAt = at;
      report.status = status;
      report.updatedAt = at;
      const event: ReportEvent = { id: eventId(report.id, index + 1), reportId: report.id, kind: step.kind, status, actorId, actorRole: step.role, at };
      if (step.note) event.note = step.note;
      out.reportEvents.push(event);
    });

    for (const key of story.supporters ?? []) {
      const userId = userOf(key);
      out.reportSupports.push({ id: `${report.id}:${userId}`, reportId: report.id, userId, createdAt: createdAt + HOUR_MS });
    }
    out.reports.push(report);
  }
  out.counters = [...numbered].map(([id, value]) => ({ id, value }));
  return out;
}

/** One photo per case from its reporter, and an after-photo from whoever resolved it last. */
export function demoPhotoPlan(userOf: (key: string) => string): DemoPhoto[] {
  return STORIES.flatMap((story): DemoPhoto[] => {
    const plan: DemoPhoto[] = [{ reportId: story.id, field: 'photos', ownerId: userOf(story.reporter), category: story.category }];
    const resolver = [...story.steps].reverse().find((step) => step.kind === 'resolved');
    if (resolver) plan.push({ reportId: story.id, field: 'afterPhotos', ownerId: userOf(resolver.by), category: story.category });
    return plan;
  });
}

/** Stores the scene photos through the Files port and puts them, already passed, on the seeded cases. */
export async function attachDemoPhotos(reports: Report[], files: Pick<Files, 'save'>, userOf: (key: string) => string): Promise<void> {
  const byId = new Map(reports.map((report) => [report.id, report]));
  for (const photo of demoPhotoPlan(userOf)) {
    const report = byId.get(photo.reportId);
    if (!report) continue;
    const { fileId } = await files.save({ bytes: await scenePhoto(photo.category, photo.field === 'afterPhotos'), ownerId: photo.ownerId });
    report[photo.field].push({ fileId, verdict: 'pass' });
  }
}
