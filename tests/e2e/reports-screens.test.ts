// The 随手拍 screens of the seeded demo, photographed in Chinese, English and elder mode (docs/screenshots/report-*):
// filing a case, a resident's own cases, a grid worker's queue and a closed case with its timeline. No serious or
// critical axe finding on any of them.
import { test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { screen, signInAs } from './phone';
import { shootEveryLook } from './shots';

const story = storyWorld();
const reportsPage = (name: string) => `/features/reports/pages/${name}/index`;

// A case's own words are the reporter's, the same in every language.
const CLOSED_CASE = { id: 'r-demo-01', address: '2栋北侧垃圾分类点' };
const FLYERS_CASE_ADDRESS = '5栋2单元门口及电梯厅';

const shows = (page: Page, text: string) => screen(page).getByText(text).first().waitFor({ timeout: 15_000 });

test('every 随手拍 screen reads well in Chinese, English and elder mode', async () => {
  const zhao = await story.openShotPhone();
  await signInAs(zhao, '赵大爷');
  await shootEveryLook(zhao, story.baseUrl, 'report-new', reportsPage('new'), (page, english) => shows(page, english ? 'Photos' : '现场照片'));
  await shootEveryLook(zhao, story.baseUrl, 'report-mine', reportsPage('mine'), (page) => shows(page, CLOSED_CASE.address));
  // The closed case scrolled to its timeline, each step with who, when and the status it left.
  await shootEveryLook(zhao, story.baseUrl, 'report-closed', `${reportsPage('detail')}?id=${CLOSED_CASE.id}`, async (page, english) => {
    await shows(page, english ? 'Progress' : '处理进度');
    await screen(page).locator('.timeline__entry').last().evaluate((entry) => entry.scrollIntoView({ block: 'end' }));
  });

  const worker = await story.openShotPhone();
  await signInAs(worker, '网格员周强');
  await shootEveryLook(worker, story.baseUrl, 'report-queue', reportsPage('queue'), (page) => shows(page, FLYERS_CASE_ADDRESS));
}, 300_000);
