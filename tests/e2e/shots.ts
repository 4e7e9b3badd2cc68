// Screenshots and accessibility checks of the page on top: a phone of the screenshots' size (390×844), the
// reader's settings as 我的 stores them (English, elder mode), axe-core's WCAG 2.1 A/AA rules on the page.
import { join } from 'node:path';
import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';

export const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

/** A fresh phone of the screenshots' size, on the app's first page. */
export async function openShotPhone(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  return page;
}

export interface Settings {
  locale: 'zh-CN' | 'en-US';
  elder: boolean;
}

/** The looks every new screen is photographed in: Chinese, English and elder mode, each file named with its suffix. */
export const LOOKS: ReadonlyArray<{ suffix: string; settings: Settings }> = [
  { suffix: '', settings: { locale: 'zh-CN', elder: false } },
  { suffix: '-en', settings: { locale: 'en-US', elder: false } },
  { suffix: '-elder', settings: { locale: 'zh-CN', elder: true } },
];

/** Stores the settings as 我的 does and opens `path` (a hash route) afresh with them. */
export async function openWith(page: Page, baseUrl: string, settings: Settings, path: string): Promise<void> {
  await page.evaluate((wanted) => {
    // Taro's H5 storage wraps each value as { data }.
    localStorage.setItem('linli.locale', JSON.stringify({ data: wanted.locale }));
    localStorage.setItem('linli.elder', JSON.stringify({ data: wanted.elder ? 'on' : 'off' }));
  }, settings);
  await page.goto(`${baseUrl}/#${path}`);
  await page.reload();
}

/** axe-core's serious and critical violations on the page on top, one line each. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: Array<{ target: string[]; failureSummary?: string }> };
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const top = [...document.querySelectorAll('.taro_page.taro_page_show:not(.taro_page_shade)')].pop()!;
    const result = await axe.run(top, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join(' | ')}`);
  });
}

/** Photographs the page once it has settled, as docs/screenshots/<name>.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  // Let page transitions and images finish.
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Photographs the screen and expects no serious or critical axe finding on it. */
export async function shootChecked(page: Page, name: string): Promise<void> {
  await shoot(page, name);
  expect(await accessibilityProblems(page)).toEqual([]);
}

/**
 * Photographs the screen and notes its serious or critical axe findings under `name` in `problems`, for a story
 * that photographs every screen before it expects `problems` to be empty.
 */
export async function shootNoted(page: Page, name: string, problems: Record<string, string[]>): Promise<void> {
  await shoot(page, name);
  const found = await accessibilityProblems(page);
  if (found.length) problems[name] = found;
}

/**
 * Opens `path` in every look, waits until `ready` sees it drawn (it may also tap or scroll), and photographs it as
 * docs/screenshots/<name><suffix>.png: checked at once, or noted in `problems` when given. Leaves the last look on.
 */
export async function shootEveryLook(
  page: Page,
  baseUrl: string,
  name: string,
  path: string,
  ready: (page: Page, english: boolean) => Promise<void>,
  problems?: Record<string, string[]>,
): Promise<void> {
  for (const { suffix, settings } of LOOKS) {
    await openWith(page, baseUrl, settings, path);
    await ready(page, settings.locale === 'en-US');
    if (problems) await shootNoted(page, `${name}${suffix}`, problems);
    else await shootChecked(page, `${name}${suffix}`);
  }
}
