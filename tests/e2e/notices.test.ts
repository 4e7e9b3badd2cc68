// Story (公告): the committee publishes a water-cut notice to 3栋 only; a 3栋 resident finds it unread on 首页 and
// reads it, a 5栋 resident never sees it; the committee's 知晓率 shows 1/5 households of 3栋 and the four doors to
// knock on. Each notice screen is photographed at 390×844 in zh-CN, en-US and elder mode and checked with axe-core.
import { expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { screen, see, signInAs, tap, typeInto } from './phone';
import { LOOKS, openWith, shootEveryLook } from './shots';

const TITLE = '3栋二次供水管道抢修停水通知';
const PARAGRAPH = '因二次供水管道漏水抢修，今天14:00—18:00停水，请提前储水。';
const HOME = '/pages/home/index';
const LIST = '/features/notices/pages/list/index';
const PUBLISH = '/features/notices/pages/publish/index';
const detailPath = (id: string) => `/features/notices/pages/detail/index?id=${id}`;
const readsPath = (id: string) => `/features/notices/pages/reads/index?id=${id}`;

const story = storyWorld();

/** Accessibility problems per screen photographed, checked at the end so every screen is shot. */
const problems: Record<string, string[]> = {};

/**
 * Photographs one screen in every variant: opens `path` with the variant's settings, waits for what `ready` says
 * should show (it may also tap, e.g. to open a list), shoots, and runs axe-core. Leaves the phone in zh-CN.
 */
async function shootEverywhere(page: Page, name: string, path: string, ready: (page: Page, english: boolean) => Promise<void>): Promise<void> {
  await shootEveryLook(page, story.baseUrl, `notices-${name}`, path, ready, problems);
  await openWith(page, story.baseUrl, LOOKS[0]!.settings, path);
}

const card = (page: Page, title: string) => screen(page).locator('.notice-card').filter({ hasText: title });

test('a notice to 3栋 reaches 3栋 only, and the committee sees who has read it', async () => {
  // 陈书记 writes a water-cut notice for 3栋 and publishes it now.
  const committee = await story.openShotPhone();
  await signInAs(committee, '陈书记');
  await tap(committee, '全部公告');
  await see(committee, '文明养犬倡议书');
  await tap(committee, '发布公告');
  await see(committee, '公告类型');
  await tap(committee, '停水停电');
  await typeInto(committee, '标题', TITLE);
  await typeInto(committee, '正文', `${PARAGRAPH}\n家中有困难的住户请联系网格员张敏。`);
  await tap(committee, '按楼栋');
  await tap(committee, '3栋');
  await tap(committee, '发布');
  await see(committee, PARAGRAPH);
  const noticeId = new URL(committee.url().replace('#', '')).searchParams.get('id') ?? '';
  expect(noticeId).toMatch(/^nt_/);

  // 钱阿姨 of 3栋 finds it on 首页, marked unread, and reads it.
  const qian = await story.openShotPhone();
  await signInAs(qian, '钱阿姨');
  await see(qian, TITLE);
  await card(qian, TITLE).locator('[aria-label="未读"]').waitFor();
  await tap(qian, TITLE);
  await see(qian, '家中有困难的住户请联系网格员张敏。');
  await qian.goto(story.baseUrl);
  await see(qian, TITLE);
  expect(await card(qian, TITLE).locator('[aria-label="未读"]').count()).toBe(0);

  // 王阿姨 of 5栋 sees the community's notices, but not this one, on 首页 or in the full list.
  const wang = await story.openShotPhone();
  await signInAs(wang, '王阿姨');
  await see(wang, '幸福里社区生活垃圾分类投放指南');
  expect(await screen(wang).innerText()).not.toContain(TITLE);
  await tap(wang, '全部公告');
  await see(wang, '文明养犬倡议书');
  expect(await screen(wang).innerText()).not.toContain(TITLE);

  // 陈书记 opens 知晓率: one of the five 3栋 households has read it; four doors are left to knock on.
  await committee.goto(`${story.baseUrl}/#${detailPath(noticeId)}`);
  await tap(committee, '查看知晓率');
  await see(committee, '1/5 · 20%');
  for (const door of ['3栋1单元302', '3栋2单元501', '3栋2单元602', '3栋3单元201']) await see(committee, door);
  expect(await screen(committee).innerText()).not.toContain('3栋1单元101');

  // Every notice screen, in Chinese, English and elder mode.
  await shootEverywhere(qian, 'home', HOME, async (page, english) => {
    await see(page, TITLE);
    await see(page, english ? 'All notices' : '全部公告');
  });
  await shootEverywhere(qian, 'list', LIST, async (page) => see(page, '文明养犬倡议书'));
  await shootEverywhere(qian, 'detail', detailPath('nt-demo-renewal'), async (page, english) => {
    await tap(page, english ? 'Show earlier versions (1)' : '查看修改记录（1）');
    await see(page, english ? 'Version 1' : '第1版');
  });
  await shootEverywhere(committee, 'publish', PUBLISH, async (page, english) => {
    await tap(page, english ? 'Buildings' : '按楼栋');
    await see(page, '8栋');
  });
  await shootEverywhere(committee, 'publish-settings', PUBLISH, async (page, english) => {
    await tap(page, english ? 'At a time' : '定时发布');
    await tap(page, english ? 'Expires' : '到期下架');
    await screen(page).locator('.notice-form > .actions').last().scrollIntoViewIfNeeded();
  });
  await shootEverywhere(committee, 'reads', readsPath(noticeId), async (page) => see(page, '3栋3单元201'));
  expect(problems).toEqual({});
}, 300_000);
