// What a person does on a phone, in words: tap something labelled so, type into a field, read the screen.
// Taro's H5 router keeps earlier pages in the DOM, so every lookup is scoped to the page on top
// (or to a sheet that is open over it).
import type { Locator, Page } from 'playwright-core';
import { auditOnce } from './audit';
import { inWords } from './words';

const WAIT_MS = 15_000;

/** The page on top of the navigation stack. */
export const screen = (page: Page): Locator => page.locator('.taro_page.taro_page_show:not(.taro_page_shade)').last();

const sheets = (page: Page): Locator => page.locator('.nut-popup:visible');

const labelled = (scope: Page | Locator, text: string | RegExp): Locator =>
  (typeof text === 'string' ? scope.getByText(text, { exact: true }) : scope.getByText(text)).locator('visible=true');

/**
 * Waits until `text` is shown (anywhere in a line) on the page on top or in an open sheet; a screen seen for the
 * first time is audited with axe-core.
 */
export async function see(page: Page, words: string | RegExp): Promise<void> {
  const text = inWords(page, words);
  await screen(page).getByText(text).or(sheets(page).getByText(text)).locator('visible=true').first().waitFor({ timeout: WAIT_MS });
  await auditOnce(page);
}

/**
 * Taps the thing labelled `text` as a finger would: inside an open sheet first, else on the page on top (or inside
 * `within`); the button carrying the label when there is one. The click is dispatched on the element itself:
 * pages slide in and out, and a tap by position during a slide would land on the page underneath.
 */
export async function tap(page: Page, words: string | RegExp, within?: Locator): Promise<void> {
  const text = inWords(page, words);
  let scope: Locator;
  if (within) scope = within;
  else {
    await see(page, words);
    scope = (await sheets(page).getByText(text).locator('visible=true').count()) ? sheets(page) : screen(page);
  }
  // The whole label when there is one (「提交」 rather than 「提交办结」), else the line that holds it.
  const whole = (await labelled(scope, text).count()) > 0;
  const label = whole ? labelled(scope, text) : scope.getByText(text).locator('visible=true');
  const button = scope.locator('taro-button-core').filter({ has: whole ? labelled(page, text) : page.getByText(text) });
  const target = (await button.count()) ? button.first() : label.first();
  await target.dispatchEvent('click', undefined, { timeout: WAIT_MS });
}

/** Types into the field whose label or placeholder reads `name`. */
export async function typeInto(page: Page, words: string, value: string): Promise<void> {
  const name = inWords(page, words);
  const scope = (await sheets(page).count()) ? sheets(page).last() : screen(page);
  const byPlaceholder = scope.locator(`input[placeholder="${name}"], textarea[placeholder="${name}"]`);
  const byLabel = scope.getByLabel(name, { exact: true }).locator('input, textarea');
  const field = byPlaceholder.or(byLabel).first();
  await field.waitFor({ state: 'visible', timeout: WAIT_MS });
  await field.fill(value);
}

/** 添加照片 → 从相册选择, then picks a photo through the page's file chooser, and waits for the upload to finish. */
export async function addPhoto(page: Page, file: string): Promise<void> {
  const remove = inWords(page, '删除');
  const uploaded = await screen(page).getByLabel(remove).count();
  await tap(page, '添加照片');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: WAIT_MS }), tap(page, '从相册选择')]);
  await chooser.setFiles(file);
  await screen(page).getByLabel(remove).nth(uploaded).waitFor({ state: 'visible', timeout: WAIT_MS });
}

export async function screenText(page: Page): Promise<string> {
  return screen(page).innerText();
}

/** Signs in on the dev login screen as a demo person (by nickname) or as a brand-new resident. */
export async function signInAs(page: Page, who: string): Promise<void> {
  await see(page, '选择演示身份');
  await tap(page, who);
  await page.getByText(inWords(page, '选择演示身份')).waitFor({ state: 'detached', timeout: WAIT_MS });
}

export async function openTab(page: Page, label: '首页' | '随手拍' | '参与' | '我的'): Promise<void> {
  await page.locator('.taro-tabbar__tabbar').getByText(inWords(page, label), { exact: true }).click({ timeout: WAIT_MS });
}

/** The control labelled `text` is on screen and nothing covers its centre (a tap there reaches it). */
export async function reachable(page: Page, words: string): Promise<boolean> {
  const target = sheets(page).or(screen(page)).getByText(inWords(page, words), { exact: true }).locator('visible=true').first();
  await target.waitFor({ timeout: WAIT_MS });
  // A sheet slides up for a moment: ask again until it has settled.
  const deadline = Date.now() + 3_000;
  for (;;) {
    if (await uncoveredNow(target)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function uncoveredNow(target: Locator): Promise<boolean> {
  return target.evaluate((node) => {
    const control = node.closest('taro-button-core, .nut-button, [role="button"]') ?? node;
    const box = control.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    const hit = document.elementFromPoint(x, y);
    return inView && hit !== null && (control === hit || control.contains(hit));
  });
}
