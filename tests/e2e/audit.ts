// axe-core (WCAG 2.1 A/AA) inside the stories: every screen a story reaches is audited once, and a serious or
// critical violation (or a button wider than the phone) fails the story with a list a person can act on.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chineseLeft, localeOf } from './words';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

const audited = new WeakMap<Page, Set<string>>();

/** What makes a screen new: the route, and the sheet open over it (if any). */
async function screenKey(page: Page): Promise<string> {
  const sheet = await page.evaluate(() => {
    const open = [...document.querySelectorAll<HTMLElement>('.nut-popup')].filter((popup) => popup.offsetParent !== null || popup.getClientRects().length > 0);
    return open.map((popup) => (popup.innerText || '').slice(0, 24)).join('|');
  });
  return `${page.url()} ${sheet}`;
}

export function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, ' ')}`)
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length})\n${nodes}`;
    })
    .join('\n');
}

/** Buttons whose box leaves the screen sideways (measured against the page on top, which may still be sliding in). */
export async function buttonsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pages = document.querySelectorAll<HTMLElement>('.taro_page.taro_page_show:not(.taro_page_shade)');
    const top = pages[pages.length - 1];
    const offset = top ? top.getBoundingClientRect().left : 0;
    return [...document.querySelectorAll<HTMLElement>('taro-button-core, .nut-button, [role="button"]')]
      // Buttons of the page on top and of open sheets; a page sliding out is not on screen to stay.
      .filter((button) => button.getClientRects().length > 0 && ((top?.contains(button) ?? true) || button.closest('.nut-popup') !== null))
      .map((button) => ({ text: button.innerText.trim().slice(0, 20), box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left - offset < -0.5 || box.right - offset > window.innerWidth + 0.5))
      .map(({ text, box }) => `「${text}」 ${Math.round(box.left - offset)}–${Math.round(box.right - offset)} px of ${window.innerWidth}`);
  });
}

/** Runs axe on what is on screen now and throws on any serious or critical violation, or a button off screen. */
export async function audit(page: Page, where = page.url()): Promise<void> {
  const off = await buttonsOffScreen(page);
  if (off.length) throw new Error(`buttons leave the ${await page.evaluate(() => window.innerWidth)} px screen on ${where}:\n  ${off.join('\n  ')}`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe
      // Taro's toast fades in and out (white on rgba(17,17,17,0.7) once shown); caught mid-fade it reads as grey.
      .run({ exclude: [['.taro__toast']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((result) => result.violations),
    TAGS,
  )) as Violation[];
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  if (blocking.length) throw new Error(`axe-core: ${blocking.length} serious/critical rule(s) violated on ${where}\n${describeViolations(blocking)}`);
}

/** Audits the screen unless this very screen (route + open sheet) was audited before on this phone. */
export async function auditOnce(page: Page): Promise<void> {
  const key = await screenKey(page);
  const seen = audited.get(page) ?? new Set<string>();
  audited.set(page, seen);
  if (seen.has(key)) return;
  seen.add(key);
  await audit(page, key);
  if (localeOf(page) === 'en-US') {
    // The title and late-loading words are set just after the page renders: give them a moment before judging.
    let left = await chineseLeft(page);
    for (let tries = 0; left.length && tries < 10; tries += 1) {
      await page.waitForTimeout(200);
      left = await chineseLeft(page);
    }
    if (left.length) throw new Error(`Chinese left on an en-US screen (${key}):\n  ${left.join('\n  ')}`);
  }
}
