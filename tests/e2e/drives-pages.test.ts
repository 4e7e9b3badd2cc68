// The 志愿活动 pages as residents, a captain and the committee see them on the seeded demo, in Chinese, in English
// and in elder mode, on a 390 × 844 phone: each passes axe-core's WCAG 2.1 A/AA rules without a serious or
// critical violation, and is photographed: into docs/screenshots/drives-<page>-<mode>.png with LINLI_SCREENSHOTS=1,
// else into a temporary folder (a test run leaves the repository as it was).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startApp, type RunningApp } from './harness';
import { see, signInAs } from './phone';

const ROOT = join(__dirname, '..', '..');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = process.env.LINLI_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'linli-shots-'));

const MODES = {
  zh: { locale: 'zh-CN', elder: 'off' },
  en: { locale: 'en-US', elder: 'off' },
  elder: { locale: 'zh-CN', elder: 'on' },
} as const;
type Mode = keyof typeof MODES;

/** Each page, who looks at it, and a line it shows in Chinese and English once loaded. */
const PAGES = [
  { name: 'list', who: '王阿姨', path: 'features/drives/pages/list/index', ready: ['第二网格卫生死角大清除', '第二网格卫生死角大清除'] },
  { name: 'detail', who: '王阿姨', path: 'features/drives/pages/detail/index?id=d-demo-cleanup', ready: ['我的报名', 'My place'] },
  { name: 'qr', who: '李师傅', path: 'features/drives/pages/checkin-code/index?id=d-demo-cleanup', ready: ['秒后更换新码', 'A new code in'] },
  { name: 'attendance', who: '陈书记', path: 'features/drives/pages/attendance/index?id=d-demo-sorting', ready: ['已确认 2 小时', 'Confirmed 2 h'] },
  { name: 'publish', who: '陈书记', path: 'features/drives/pages/publish/index', ready: ['认领随手拍问题', 'Take on reported cases'] },
  { name: 'profile', who: '赵大爷', path: 'features/drives/pages/profile/index', ready: ['服务人次', 'Times served'] },
  { name: 'certificate', who: '赵大爷', path: 'features/drives/pages/certificate/index', ready: ['保存图片', 'Save picture'] },
] as const;

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

async function phoneIn(mode: Mode, who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: MODES[mode].locale, baseURL: app.baseUrl });
  // Taro keeps storage as { data } JSON: elder mode as chosen on 我的; the language after signing in (dev login is Chinese).
  await context.addInitScript((elder) => localStorage.setItem('linli.elder', JSON.stringify({ data: elder })), MODES[mode].elder);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/`);
  await signInAs(page, who);
  await page.evaluate((locale) => localStorage.setItem('linli.locale', JSON.stringify({ data: locale })), MODES[mode].locale);
  await page.reload();
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return axe.run(document.querySelector('.taro_page.taro_page_show:not(.taro_page_shade)') ?? document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const mode of Object.keys(MODES) as Mode[]) {
  test(`the drive pages pass axe and are photographed (${mode})`, async () => {
    const problems: string[] = [];
    const phones = new Map<string, Page>();
    for (const page of PAGES) {
      const phone = phones.get(page.who) ?? (await phoneIn(mode, page.who));
      phones.set(page.who, phone);
      await phone.goto(`${app.baseUrl}/#/${page.path}`);
      await see(phone, page.ready[mode === 'en' ? 1 : 0]);
      // Fonts and the certificate's canvas settle.
      await phone.waitForTimeout(600);
      problems.push(...(await seriousViolations(phone)).map((problem) => `${page.name}: ${problem}`));
      await phone.screenshot({ path: join(SHOTS, `drives-${page.name}-${mode}.png`) });
    }
    for (const phone of phones.values()) await phone.context().close();
    expect(problems).toEqual([]);
  }, 240_000);
}
