// Story (民意调查): the committee opens a satisfaction survey from the template; three residents of different
// households answer it; the committee closes it early; the results page shows the turnout, the counts and the
// bars. Screens are photographed at 390×844 in zh-CN, en-US and elder mode, and checked with axe-core.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone, startApp, type RunningApp } from './harness';
import { openTab, screen, see, signInAs, tap, typeInto } from './phone';

const TITLE = '2026年冬季物业服务满意度调查';
const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A phone the size of the screenshots. */
async function openShotPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', baseURL: app.baseUrl });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/`);
  return page;
}

/** Switches the phone to English or elder mode as the 我的 settings store them, and opens a page afresh. */
async function reopenWith(page: Page, settings: { locale?: 'en-US'; elder?: boolean }, path: string): Promise<void> {
  await page.evaluate((wanted) => {
    // Taro's H5 storage wraps each value as { data }.
    if (wanted.locale) localStorage.setItem('linli.locale', JSON.stringify({ data: wanted.locale }));
    if (wanted.elder) localStorage.setItem('linli.elder', JSON.stringify({ data: 'on' }));
  }, settings);
  await page.goto(`${app.baseUrl}/#${path}`);
  await page.reload();
}

async function openPolls(page: Page): Promise<void> {
  await page.goto(app.baseUrl);
  await openTab(page, '参与');
  await tap(page, '民意调查');
  await see(page, TITLE);
}

async function openSurvey(page: Page): Promise<void> {
  await openPolls(page);
  await tap(page, TITLE);
  await see(page, '匿名 · 每户一份');
}

/** Taps a choice inside the n-th question card (1-based) of the page on top. */
async function choose(page: Page, question: number, label: string): Promise<void> {
  await tap(page, label, screen(page).locator('.question').nth(question - 1));
}

async function answerSurvey(page: Page, scores: [number, number, number, number], improve: string): Promise<void> {
  const words = ['很不满意', '不满意', '一般', '满意', '很满意'];
  for (const [index, score] of scores.entries()) await choose(page, index + 1, words[score - 1]!);
  await choose(page, 5, improve);
  await tap(page, '提交');
  await see(page, '您的回答');
}

/** axe-core's serious and critical violations on the page on top. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: Array<{ target: string[]; failureSummary?: string }> };
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const top = [...document.querySelectorAll('.taro_page.taro_page_show:not(.taro_page_shade)')].pop()!;
    const result = await axe.run(top, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join(' | ')}`);
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `polls-${name}.png`) });
  expect(await accessibilityProblems(page)).toEqual([]);
}

test('the committee opens a satisfaction survey, three households answer, and the closed survey shows its count', async () => {
  // 陈书记 starts from the satisfaction template and publishes it.
  const committee = await openShotPhone();
  await signInAs(committee, '陈书记');
  await openTab(committee, '参与');
  await tap(committee, '民意调查');
  await see(committee, '庭院环境整治意愿征询');
  await shoot(committee, 'list');
  await tap(committee, '发起调查');
  await tap(committee, '使用满意度模板');
  await typeInto(committee, '调查标题', TITLE);
  await shoot(committee, 'create');
  await tap(committee, '发布调查');
  await see(committee, '提前结束');
  await see(committee, TITLE);
  const pollId = new URL(committee.url().replace('#', '')).searchParams.get('id') ?? '';
  expect(pollId).toMatch(/^p_/);

  // Three residents of three households answer it.
  const residents: Array<[string, [number, number, number, number], string]> = [
    ['王阿姨', [5, 4, 4, 3], '维修'],
    ['李师傅', [4, 4, 5, 2], '维修'],
    ['赵大爷', [3, 5, 4, 4], '保洁'],
  ];
  for (const [index, [name, scores, improve]] of residents.entries()) {
    const phone = index === 0 ? await openShotPhone() : await openPhone(browser, app.baseUrl);
    await signInAs(phone, name);
    await openSurvey(phone);
    await see(phone, '结果将在调查结束后公布');
    if (index === 0) await shoot(phone, 'answer');
    await answerSurvey(phone, scores, improve);
    if (index === 0) await shoot(phone, 'answered');
    await phone.context().close();
  }

  // 陈书记 closes it early; the results page shows the turnout, the counts and the chart.
  await openSurvey(committee);
  await tap(committee, '提前结束');
  await see(committee, '提前结束这份调查？');
  await tap(committee, '提前结束', committee.locator('.confirm-sheet'));
  await see(committee, '已结束');
  await tap(committee, '查看结果');
  await see(committee, '3/40户参与，参与率7.5%');
  await see(committee, '平均4分');
  const improve = screen(committee).getByLabel('维修 2户 · 66.7%');
  await improve.waitFor();
  const width = await improve.locator('.bars__fill').evaluate((bar) => (bar as HTMLElement).style.width);
  expect(width).toBe('66.7%');
  await screen(committee).getByLabel('保洁 1户 · 33.3%').waitFor();
  await shoot(committee, 'results');
  await committee.context().close();

  // The same results in English, and in elder mode, as 王阿姨 sees them now that it closed.
  for (const [settings, name, turnout] of [
    [{ locale: 'en-US' }, 'results-en', '3 of 40 households took part, turnout 7.5%'],
    [{ elder: true }, 'results-elder', '3/40户参与，参与率7.5%'],
  ] as const) {
    const phone = await openShotPhone();
    await signInAs(phone, '王阿姨');
    await reopenWith(phone, settings, `/features/polls/pages/results/index?id=${encodeURIComponent(pollId)}`);
    await see(phone, turnout);
    await shoot(phone, name);
    if (settings.elder) {
      // The seeded survey 王阿姨 has not answered yet, as an elder reads it: the five scores wrap, nothing is cut.
      await phone.goto(`${app.baseUrl}/#/features/polls/pages/answer/index?id=p-satisfaction-2026`);
      await see(phone, '很不满意');
      await shoot(phone, 'answer-elder');
    }
    await phone.context().close();
  }
}, 300_000);
