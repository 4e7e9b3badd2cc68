// Story (民意调查): the committee opens a satisfaction survey from the template; three residents of different
// households answer it; the committee closes it early; the results page shows the turnout, the counts and the
// bars. Screens are photographed at 390×844 in zh-CN, en-US and elder mode, and checked with axe-core.
import { expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { openTab, screen, see, signInAs, tap, typeInto } from './phone';
import { openWith, shootChecked } from './shots';

const TITLE = '2026年冬季物业服务满意度调查';

const story = storyWorld();

async function openPolls(page: Page): Promise<void> {
  await page.goto(story.baseUrl);
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

test('the committee opens a satisfaction survey, three households answer, and the closed survey shows its count', async () => {
  // 陈书记 starts from the satisfaction template and publishes it.
  const committee = await story.openShotPhone();
  await signInAs(committee, '陈书记');
  await openTab(committee, '参与');
  await tap(committee, '民意调查');
  await see(committee, '庭院环境整治意愿征询');
  await shootChecked(committee, 'polls-list');
  await tap(committee, '发起调查');
  await tap(committee, '使用满意度模板');
  await typeInto(committee, '调查标题', TITLE);
  await shootChecked(committee, 'polls-create');
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
    const phone = index === 0 ? await story.openShotPhone() : await story.openPhone();
    await signInAs(phone, name);
    await openSurvey(phone);
    await see(phone, '结果将在调查结束后公布');
    if (index === 0) await shootChecked(phone, 'polls-answer');
    await answerSurvey(phone, scores, improve);
    if (index === 0) await shootChecked(phone, 'polls-answered');
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
  await shootChecked(committee, 'polls-results');
  await committee.context().close();

  // The same results in English, and in elder mode, as 王阿姨 sees them now that it closed.
  for (const [settings, name, turnout] of [
    [{ locale: 'en-US', elder: false }, 'results-en', '3 of 40 households took part, turnout 7.5%'],
    [{ locale: 'zh-CN', elder: true }, 'results-elder', '3/40户参与，参与率7.5%'],
  ] as const) {
    const phone = await story.openShotPhone();
    await signInAs(phone, '王阿姨');
    await openWith(phone, story.baseUrl, settings, `/features/polls/pages/results/index?id=${encodeURIComponent(pollId)}`);
    await see(phone, turnout);
    await shootChecked(phone, `polls-${name}`);
    if (settings.elder) {
      // The seeded survey 王阿姨 has not answered yet, as an elder reads it: the five scores wrap, nothing is cut.
      await phone.goto(`${story.baseUrl}/#/features/polls/pages/answer/index?id=p-satisfaction-2026`);
      await see(phone, '很不满意');
      await shootChecked(phone, 'polls-answer-elder');
    }
    await phone.context().close();
  }
}, 300_000);
