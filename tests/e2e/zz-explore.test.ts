import { test } from '@jest/globals';
import { launchBrowser, openPhone, startApp } from './harness';
import { openTab, see, signInAs, tap } from './phone';
import { audit } from './audit';

test('explore', async () => {
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const page = await openPhone(browser, app.baseUrl);
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, '陈书记').catch(e => console.log('signin', String(e).slice(0, 3000)));
    for (const tab of ['首页', '随手拍', '参与', '我的'] as const) {
      await openTab(page, tab);
      await page.waitForTimeout(1500);
      await audit(page, tab).catch((e) => console.log(String(e)));
      await page.screenshot({ path: `/tmp/polish/${tab}.png` });
    }
    const over = await page.evaluate(() => [...document.querySelectorAll('taro-button-core, button, .nut-button')].map((b) => { const r = b.getBoundingClientRect(); return { t: (b as HTMLElement).innerText, r: r.right, w: r.width, tag: b.tagName }; }).filter((x) => x.w > 0));
    console.log(JSON.stringify(over));
  } finally {
    await browser.close();
    await app.stop();
  }
}, 300_000);
