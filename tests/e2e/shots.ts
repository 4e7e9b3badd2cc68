// Screens for the README and accessibility checks: a phone of the screenshots' size, English or elder mode as
// 我的 stores them, axe-core on the page on top, and a photograph named after the feature and the moment.
import { join } from 'node:path';
import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

/** A 390×844 phone (the screenshots' size), with its own storage, optionally standing somewhere. */
export async function openShotPhone(browser: Browser, baseUrl: string, standingAt?: { lat: number; lng: number }): Promise<Page> {
  const context = await browser.newContext({
    ...(standingAt ? { geolocation: { latitude: standingAt.lat, longitude: standingAt.lng }, permissions: ['geolocation'] } : {}),
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    baseURL: baseUrl,
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  return page;
}

/** Switches the phone to a language and type size as the 我的 settings store them, and opens a page afresh. */
export async function reopenWith(page: Page, baseUrl: string, settings: { locale: 'zh-CN' | 'en-US'; elder: boolean }, path: string): Promise<void> {
  await page.evaluate((wanted) => {
    // Taro's H5 storage wraps each value as { data }.
    localStorage.setItem('linli.locale', JSON.stringify({ data: wanted.locale }));
    if (wanted.elder) localStorage.setItem('linli.elder', JSON.stringify({ data: 'on' }));
    else localStorage.removeItem('linli.elder');
  }, settings);
  await page.goto(`${baseUrl}/#${path}`);
  await page.reload();
}

/** axe-core's serious and critical violations (WCAG 2.1 A/AA) on the page on top. */
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

/** Photographs the screen as docs/screenshots/<name>.png and expects no serious or critical axe finding on it. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  expect(await accessibilityProblems(page)).toEqual([]);
}

export const LOOKS = [
  { suffix: '', settings: { locale: 'zh-CN', elder: false } },
  { suffix: '-en', settings: { locale: 'en-US', elder: false } },
  { suffix: '-elder', settings: { locale: 'zh-CN', elder: true } },
] as const;
