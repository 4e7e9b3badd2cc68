// Story (树木认养): 李师傅 finds a free 香樟 on the tree map, adopts it, logs watering with a photo and sees his
// certificate; later he finds pests on it and logs 病虫害 — a 绿化损坏 case appears in grid 2's queue, linked to the
// tree. Screens are photographed at 390×844 in zh-CN, en-US and elder mode, and checked with axe-core.
import { expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { addPhoto, openTab, screen, screenText, see, signInAs, tap, typeInto } from './phone';
import { LOOKS, openWith, shootChecked } from './shots';

const CAMPHOR = '香樟 XFL-030 · 可认养';
const TREE_PAGE = `/features/trees/pages/tree/index?id=${encodeURIComponent('t_c-xingfuli_XFL-030')}`;

const story = storyWorld({ tree: [70, 140, 80] });

async function openTreeMap(page: Page): Promise<void> {
  await page.goto(story.baseUrl);
  await openTab(page, '参与');
  await tap(page, '树木认养');
  await screen(page).getByLabel(CAMPHOR).waitFor({ timeout: 15_000 });
}

/** How many of the certificate canvas's pixels are drawn on, once the drawing has landed (or 10 s passed). */
async function drawnPixels(page: Page): Promise<number> {
  const count = () =>
    screen(page)
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) inked += 1;
        return inked;
      });
  for (let waited = 0; waited < 10_000; waited += 200) {
    const inked = await count();
    if (inked > 0) return inked;
    await page.waitForTimeout(200);
  }
  return count();
}

test('a resident adopts a free 香樟, logs watering, sees the certificate, and a log of 病虫害 reaches grid 2 as a case', async () => {
  // 李师傅 opens the tree map from 参与 and finds the free 香樟 by 6栋.
  const li = await story.openShotPhone();
  await signInAs(li, '李师傅');
  await openTreeMap(li);
  await see(li, '可认养');
  for (const look of LOOKS) {
    await openWith(li, story.baseUrl, look.settings, '/features/trees/pages/map/index');
    await screen(li).getByLabel(look.settings.locale === 'en-US' ? 'Camphor tree XFL-030 · Free' : CAMPHOR).waitFor({ timeout: 15_000 });
    await shootChecked(li, `trees-map${look.suffix}`);
  }
  await openWith(li, story.baseUrl, { locale: 'zh-CN', elder: false }, '/features/trees/pages/map/index');
  await screen(li).getByLabel(CAMPHOR).dispatchEvent('click');
  await see(li, '6栋北侧');
  await see(li, '暂时没有人认养，欢迎认养');

  // He adopts it after reading what it asks of him, showing his nickname on the tree.
  await tap(li, '认养这棵树');
  await see(li, '认养香樟');
  await shootChecked(li, 'trees-adopt');
  await li.locator('.nut-popup:visible').getByRole('switch').dispatchEvent('click');
  await tap(li, '确定');
  await see(li, '认养成功！记得常来看看它');
  await see(li, '认养人：李师傅');

  // He waters it and logs it with a photo.
  await tap(li, '养护打卡');
  await see(li, '这次做了什么');
  await tap(li, '浇水');
  await addPhoto(li, story.photos.tree);
  await typeInto(li, '例如：浇了两桶水，树下垃圾已清理', '浇了两桶水');
  await shootChecked(li, 'trees-care');
  await tap(li, '提交');
  await see(li, '打卡成功');
  await tap(li, '返回树木详情');
  await see(li, '浇了两桶水');
  expect(await screenText(li)).toContain('待核实');
  for (const look of LOOKS) {
    await openWith(li, story.baseUrl, look.settings, TREE_PAGE);
    await see(li, look.settings.locale === 'en-US' ? 'Adopted by 李师傅' : '认养人：李师傅');
    await shootChecked(li, `trees-tree${look.suffix}`);
  }
  await openWith(li, story.baseUrl, { locale: 'zh-CN', elder: false }, TREE_PAGE);

  // 我的树 lists it, care next due.
  await li.goto(`${story.baseUrl}/#/features/trees/pages/mine/index`);
  await see(li, '香樟 · XFL-030');
  await shootChecked(li, 'trees-mine');
  await li.goto(`${story.baseUrl}/#${TREE_PAGE}`);
  await see(li, '认养人：李师傅');

  // The certificate, drawn for him to save.
  await tap(li, '认养证书');
  await see(li, '保存图片');
  await screen(li).getByRole('img', { name: /树木认养证书，李师傅，认养香樟一棵（编号XFL-030）/ }).waitFor({ timeout: 15_000 });
  expect(await drawnPixels(li)).toBeGreaterThan(50_000);
  await shootChecked(li, 'trees-certificate');

  // Weeks later he finds pests under the leaves: 除病虫害 with the condition 病虫害 opens a case.
  await li.goto(`${story.baseUrl}/#${TREE_PAGE}`);
  await see(li, '认养人：李师傅');
  await tap(li, '养护打卡');
  await tap(li, '除病虫害');
  await tap(li, '病虫害');
  await addPhoto(li, story.photos.tree);
  await typeInto(li, '例如：浇了两桶水，树下垃圾已清理', '叶子背面有很多白色虫卵');
  await tap(li, '提交');
  await see(li, '已为这棵树上报随手拍，网格员会来处理');

  // 周强, grid 2's worker, has the 绿化损坏 case in his queue, and it leads to the tree.
  const worker = await story.openShotPhone();
  await signInAs(worker, '网格员周强');
  await openTab(worker, '随手拍');
  await tap(worker, '待办');
  await see(worker, /香樟（XFL-030）病虫害：叶子背面有很多白色虫卵/);
  expect(await screenText(worker)).toContain('绿化损坏');
  await tap(worker, /香樟（XFL-030）病虫害/);
  await see(worker, '查看相关树木 ›');
  await tap(worker, '查看相关树木 ›');
  await see(worker, '6栋北侧');
  await see(worker, '病虫害');
  await see(worker, /已上报随手拍/);

  // 陈书记's 养护管理: the watering 李师傅 logged waits to be verified; she verifies it.
  const chen = await story.openShotPhone();
  await signInAs(chen, '陈书记');
  await chen.goto(`${story.baseUrl}/#/features/trees/pages/manage/index`);
  await see(chen, '待核实的养护');
  await see(chen, '香樟 XFL-030 · 浇水');
  await see(chen, '超期未养护');
  await shootChecked(chen, 'trees-manage');
  await tap(chen, '核实通过', screen(chen).locator('.care-entry').filter({ hasText: '香樟 XFL-030 · 浇水' }));
  await screen(chen).getByText('香樟 XFL-030 · 浇水').waitFor({ state: 'detached', timeout: 15_000 });
}, 300_000);
