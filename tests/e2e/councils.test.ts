// Story (居民议事 → 表决): 王阿姨 proposes 5栋加装电梯; three neighbours support it and it reaches the agenda; the
// committee holds a meeting on the spot, publishes the minutes and opens an owners' vote (major matter) for
// 5栋2单元; owners vote on their phones while her husband is told 本户业主已投票; the committee enters two paper
// ballots door to door; nobody sees a result until the vote closes; then the topic shows the outcome by owners and
// by area; later the committee publishes the implementation result. Screens are photographed at 390×844 in zh-CN,
// en-US and elder mode, and checked with axe-core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { DATABASE_FILE } from '../../cloud/adapters/local';
import { demoData } from '../../cloud/seed/demo';
import { signSession } from '../../cloud/server/session';
import { storyWorld } from './harness';
import { openTab, screen, see, signInAs, tap, typeInto } from './phone';
import { shootNoted } from './shots';

/** Seeded neighbours (no dev-login card) living in a building, by their openids, as the demo seed placed them. */
function neighboursIn(buildingId: string, count: number): string[] {
  const data = demoData(Date.now());
  const inBuilding = new Set(data.members.filter((member) => member.buildingId === buildingId).map((member) => member.userId));
  return data.users.filter((user) => user.openid.startsWith('seed:neighbour-') && inBuilding.has(user.id)).slice(0, count).map((user) => user.openid);
}

const TITLE = '5栋加装电梯';
const QUESTION = '是否同意5栋2单元加装电梯';

const story = storyWorld();

/** A phone the size of the screenshots, optionally already signed in as a seeded person (as WeChat would vouch). */
async function openShotPhone(openid?: string): Promise<Page> {
  const page = await story.openShotPhone();
  if (openid) {
    const token = signSession(openid, readFileSync(join(story.app.dataDir, 'session-secret'), 'utf8').trim());
    // Taro's H5 storage wraps each value as { data }.
    await page.evaluate((value) => localStorage.setItem('linli.token', JSON.stringify({ data: value })), token);
    await page.reload();
  }
  return page;
}

async function openPath(page: Page, path: string, settings: { locale?: 'zh-CN' | 'en-US'; elder?: boolean } = {}): Promise<void> {
  await page.evaluate((wanted) => {
    if (wanted.locale) localStorage.setItem('linli.locale', JSON.stringify({ data: wanted.locale }));
    if (wanted.elder) localStorage.setItem('linli.elder', JSON.stringify({ data: 'on' }));
  }, settings);
  await page.goto(`${story.baseUrl}/#${path}`);
  await page.reload();
}

const topicPath = (id: string) => `/features/councils/pages/topic/index?id=${id}`;
const votePath = (id: string) => `/features/councils/pages/vote/index?id=${id}`;
const idIn = (page: Page): string => new URL(page.url().replace('#', '')).searchParams.get('id') ?? '';

/** Problems of every screen photographed, by screen: all of them are reported together at the end of the story. */
const problems: Record<string, string[]> = {};

const shoot = (page: Page, name: string): Promise<void> => shootNoted(page, `councils-${name}`, problems);

async function voteYes(page: Page, voteId: string): Promise<void> {
  await openPath(page, votePath(voteId));
  await see(page, QUESTION);
  await tap(page, '赞成');
  await tap(page, '投票');
  await tap(page, '确定');
  await see(page, '您已投票，结果将在表决结束后公布');
}

test('5栋加装电梯 goes from a proposal through a meeting and an owners’ vote to a published result', async () => {
  // 王阿姨 proposes it for her building.
  const wang = await openShotPhone();
  await signInAs(wang, '王阿姨');
  await openTab(wang, '参与');
  await tap(wang, '居民议事');
  await see(wang, '东门增设智能快递柜');
  await shoot(wang, 'topics');
  await tap(wang, '提出议题');
  await see(wang, '14天内获得3位邻居附议，即列入议程');
  await typeInto(wang, '议题标题', TITLE);
  await typeInto(wang, '内容和理由', '5栋是六层老楼，没有电梯，楼上住着好几位八十多岁的老人，上下楼很困难。建议申请既有住宅加装电梯补贴，先在2单元试点。');
  await shoot(wang, 'propose');
  await tap(wang, '提交议题');
  await see(wang, '已有0人附议，需要3人');
  const topicId = idIn(wang);
  expect(topicId).toMatch(/^t_/);

  // Three neighbours of 5栋 support it; the third brings it to the agenda.
  for (const neighbour of neighboursIn('b-5', 3)) {
    const phone = await openShotPhone(neighbour);
    await openPath(phone, topicPath(topicId));
    await tap(phone, '我要附议');
    await see(phone, /已附议|议事中/);
    await phone.context().close();
  }

  // The committee meets on the spot in 议事园, publishes the minutes and opens the owners' vote of 5栋2单元.
  const chen = await openShotPhone();
  await signInAs(chen, '陈书记');
  await openPath(chen, topicPath(topicId));
  await see(chen, '议事中');
  await see(chen, '附议达标，列入议程');
  await tap(chen, '安排议事会');
  await tap(chen, '现在（现场议事）');
  await typeInto(chen, '地点', '社区议事园（党群服务中心二楼）');
  await tap(chen, '发出通知');
  await see(chen, '时间：');
  await tap(chen, '发布会议纪要');
  await typeInto(chen, '纪要内容', '5栋2单元业主9户到会。高层住户普遍支持，一楼住户担心采光和噪音。会议决定按重大事项由2单元业主表决，电梯井设在北侧，不影响一楼采光。');
  await tap(chen, '发布');
  await see(chen, '会议纪要');
  await shoot(chen, 'topic');
  await tap(chen, '发起表决');
  await typeInto(chen, '表决事项', QUESTION);
  await tap(chen, '业主共同决定');
  await tap(chen, /^重大事项/);
  await typeInto(chen, '单元（可选，只限一栋楼）', '2');
  await tap(chen, '开始表决');
  await see(chen, '表决中');
  const voteId = idIn(chen);
  expect(voteId).toMatch(/^v_/);

  // Her husband opens the vote first; she votes; his own ballot for the same home is refused.
  const husband = await openShotPhone('seed:owner-liu');
  await openPath(husband, votePath(voteId), { elder: true });
  await see(husband, '您以「5栋2单元501」参与表决');
  await shoot(husband, 'vote-elder');
  await voteYes(wang, voteId);
  await tap(husband, '反对');
  await tap(husband, '投票');
  await tap(husband, '确定');
  await see(husband, '本户业主已投票');

  // More owners vote online; nobody sees a result while it runs.
  for (const owner of ['seed:neighbour-25', 'seed:owner-zhou', 'seed:owner-wu', 'seed:owner-zheng', 'seed:owner-zhang']) {
    const phone = await openShotPhone(owner);
    await voteYes(phone, voteId);
    await phone.context().close();
  }
  await openPath(wang, votePath(voteId));
  await see(wang, '结果将在表决结束后公布');
  expect(await screen(wang).getByText('表决结果').count()).toBe(0);
  await shoot(wang, 'vote');

  // Two owners without the app vote on paper; the committee enters both from the door-to-door round.
  await openPath(chen, votePath(voteId));
  await see(chen, '已参与：6/11');
  await tap(chen, /参与名单/);
  await see(chen, '只显示谁已参与及参与方式，不显示任何人的选择');
  for (const room of ['5栋2单元101', '5栋2单元201']) {
    await tap(chen, '录入纸质票', screen(chen).locator('.elector-row', { hasText: room }));
    await tap(chen, '反对');
    await tap(chen, '确定');
    await screen(chen).locator('.elector-row', { hasText: room }).getByText('已参与 · 入户纸质票').waitFor();
  }
  await shoot(chen, 'electors');

  // The seven days pass: the vote's close time is moved into the past, and the next read closes it.
  const db = new Database(join(story.app.dataDir, DATABASE_FILE));
  db.prepare("UPDATE votes SET doc = json_set(doc, '$.closesAt', ?) WHERE id = ?").run(Date.now() - 1_000, voteId);
  db.close();

  await openPath(wang, topicPath(topicId));
  await see(wang, '决议公开');
  await see(wang, '业主 8/11 人（72.73%）');
  await see(wang, '面积 754.50/971.64 m²（77.65%）');
  await see(wang, '业主 6/8 人（75.00%）');
  await see(wang, '面积 575.38/754.50 m²（76.26%）');
  await see(wang, '表决结果：通过');
  await screen(wang).getByText('决议公开').scrollIntoViewIfNeeded();
  await shoot(wang, 'result');
  await openPath(wang, topicPath(topicId), { locale: 'en-US' });
  await see(wang, 'Resolution');
  await see(wang, 'Owners 8/11 (72.73%)');
  await screen(wang).getByText('Resolution').scrollIntoViewIfNeeded();
  await shoot(wang, 'result-en');

  // Later the committee carries it out and publishes the result with its date.
  await openPath(chen, topicPath(topicId));
  await tap(chen, '进入实施');
  await typeInto(chen, '实施安排（谁来做、何时完成）', '由街道委托的加梯公司施工，明年3月底前完工');
  await tap(chen, '确定');
  await see(chen, '实施中');
  await tap(chen, '发布实施结果');
  await typeInto(chen, '实施结果', '5栋2单元电梯已安装完成，经质监部门验收合格，3月28日起投入使用。');
  await tap(chen, '发布');
  await see(chen, '实施结果公开');
  await openPath(wang, topicPath(topicId), { locale: 'zh-CN' });
  await see(wang, '已验收');
  await see(wang, '5栋2单元电梯已安装完成，经质监部门验收合格，3月28日起投入使用。');

  // The committee's property register, as owners' votes count it.
  await openPath(chen, '/features/councils/pages/register/index');
  await see(chen, '5栋2单元501 · 89.56 m²');
  await shoot(chen, 'register');

  expect(problems).toEqual({});
}, 600_000);
