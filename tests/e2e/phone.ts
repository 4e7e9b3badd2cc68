// What a person does on a phone, in words: tap something labelled so, type into a field, read the screen.
import type { Locator, Page } from 'playwright-core';

const WAIT_MS = 15_000;

/** Taps the visible thing labelled `text` as a finger would: the button carrying it if there is one, else the text itself. */
export async function tap(page: Page | Locator, text: string | RegExp): Promise<void> {
  const exact = typeof text === 'string' ? page.getByText(text, { exact: true }) : page.getByText(text);
  const label = exact.or(page.getByText(text)).locator('visible=true');
  const visibleLabel = (await exact.locator('visible=true').count()) ? exact.locator('visible=true').last() : label.last();
  await visibleLabel.waitFor({ state: 'visible', timeout: WAIT_MS });
  const button = visibleLabel.locator(
    "xpath=ancestor-or-self::*[self::taro-button-core or contains(concat(' ', @class, ' '), ' nut-cell-clickable ')][1]",
  );
  await ((await button.count()) ? button : visibleLabel).click({ timeout: WAIT_MS });
}

/** Types into the input whose placeholder reads `placeholder` (Taro renders inputs as native elements on H5). */
export async function typeInto(page: Page, placeholder: string, value: string): Promise<void> {
  const field = page.locator(`input[placeholder="${placeholder}"]:visible, textarea[placeholder="${placeholder}"]:visible`).last();
  await field.click({ timeout: WAIT_MS });
  await field.fill(value);
}

/** Waits until `text` is on screen. */
export async function see(page: Page | Locator, text: string | RegExp): Promise<void> {
  const target = typeof text === 'string' ? page.getByText(text, { exact: false }) : page.getByText(text);
  await target.locator('visible=true').first().waitFor({ state: 'visible', timeout: WAIT_MS });
}

export async function screenText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** Signs in on the dev login screen as a demo person (by nickname) or as a brand-new resident. */
export async function signInAs(page: Page, who: string): Promise<void> {
  await see(page, '选择演示身份');
  await tap(page, who);
  await page.getByText('选择演示身份').waitFor({ state: 'detached', timeout: WAIT_MS });
}

export async function openTab(page: Page, label: '首页' | '随手拍' | '参与' | '我的'): Promise<void> {
  await page.locator('.taro-tabbar__tabbar').getByText(label, { exact: true }).click({ timeout: WAIT_MS });
}
