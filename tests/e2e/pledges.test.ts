// Story (文明承诺, 门前三包): 林老板 signs 门前三包 for 幸福便利店 and draws its frontage on the plan; 王阿姨, standing
// there, reports 乱堆乱放 and 林老板's inbox has the case. 李师傅 signs the 垃圾分类 pledge — the wall's count rises
// — then confirms the fix of a case he reported, and the wall shows it under 践诺. Screens are photographed at
// 390×844 in zh-CN, en-US and elder mode, and checked with axe-core.
import { expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { addPhoto, openTab, screen, screenText, see, signInAs, tap, typeInto } from './phone';
import { LOOKS, openWith, shootChecked } from './shots';

/** 幸福便利店's door on 幸福路. */
const SHOP_DOOR = { lat: 30.65875, lng: 104.0805 };
const WALL = '/features/pledges/pages/wall/index?id=pl-demo-sorting';

const story = storyWorld({ clutter: [160, 130, 100] });

async function openPledges(page: Page): Promise<void> {
  await page.goto(story.baseUrl);
  await openTab(page, '参与');
  await tap(page, '文明承诺');
  await see(page, '垃圾分类承诺书');
}

/** Taps the plan at fractions of its width and height, as a finger would. */
async function tapPlan(page: Page, x: number, y: number): Promise<void> {
  const plan = screen(page).getByRole('img', { name: '商户责任区平面图' });
  const box = (await plan.boundingBox())!;
  await plan.click({ position: { x: box.width * x, y: box.height * y } });
}

test('a shop signs 门前三包 and hears of a case in its zone; a resident signs 垃圾分类 and the wall shows his kept pledge', async () => {
  // 林老板 signs 门前三包 for his shop and taps the corners of the pavement before the door.
  const lin = await story.openShotPhone();
  await signInAs(lin, '林老板');
  await openPledges(lin);
  await shootChecked(lin, 'pledges-list');
  await tap(lin, '门前三包责任书');
  await see(lin, '包卫生：门前无垃圾、无污水、无杂物，垃圾入桶');
  await tap(lin, '以商户身份签署门前三包');
  await tap(lin, '幸福便利店 · 幸福路12号');
  await typeInto(lin, '用于确认你是店主，不会公开', '13800000009');
  for (const [x, y] of [[0.38, 0.45], [0.62, 0.45], [0.62, 0.56], [0.38, 0.56]] as const) await tapPlan(lin, x, y);
  await see(lin, '已点4个角');
  await shootChecked(lin, 'pledges-shop');
  await tap(lin, '签署门前三包');
  await see(lin, '签署门前三包责任书');
  await tap(lin, '签署承诺');
  await see(lin, '签署成功！责任区内有人随手拍时，你会收到通知');

  // 王阿姨 stands at the shop's door and reports the boxes piled there.
  const wang = await story.openPhone({ standingAt: SHOP_DOOR });
  await signInAs(wang, '王阿姨');
  await openTab(wang, '随手拍');
  await tap(wang, '我要上报');
  await addPhoto(wang, story.photos.clutter);
  await tap(wang, '使用当前位置');
  await see(wang, /第二网格/);
  await typeInto(wang, '例如：3栋东侧绿化带', '幸福路12号门前');
  await tap(wang, '乱堆乱放');
  await typeInto(wang, '简单说说看到了什么', '便利店门口堆满了纸箱和空饮料箱');
  await tap(wang, '提交');
  await see(wang, '上报成功');

  // 林老板's inbox has it, as the party answerable for the spot.
  await lin.goto(story.baseUrl);
  await openTab(lin, '我的');
  await tap(lin, '消息');
  await see(lin, '您的责任区有新的问题');
  await see(lin, '乱堆乱放 · 幸福路12号门前（幸福便利店）');

  // 李师傅 signs the 垃圾分类 pledge after reading its clauses again on the confirming sheet.
  const li = await story.openShotPhone();
  await signInAs(li, '李师傅');
  await openPledges(li);
  await tap(li, '垃圾分类承诺书');
  await see(li, '已签 21 / 500 份');
  await tap(li, '签署承诺');
  await see(li, '我已阅读以上承诺内容，愿意遵守，并接受邻里监督。');
  await shootChecked(li, 'pledges-sign');
  await tap(li, '签署承诺', li.locator('.nut-popup:visible'));
  await see(li, /李师傅 于 .* 签署/);
  await see(li, '已签 22 / 500 份');
  await tap(li, '承诺墙');
  await see(li, '已签 22 份');
  expect(await screenText(li)).toContain('李师傅');

  // He confirms the fix of the 香樟 case he reported; the wall shows it under 践诺.
  await li.goto(story.baseUrl);
  await openTab(li, '随手拍');
  await tap(li, '我的上报');
  await tap(li, '前几天大风把绿化带里的一棵香樟吹歪了，斜靠在路灯上');
  await tap(li, '确认已解决');
  await tap(li, '确定');
  await see(li, '已办结');
  await li.goto(`${story.baseUrl}/#${WALL}`);
  await see(li, '李师傅 上报的「绿化损坏」问题已办结');
  for (const look of LOOKS) {
    await openWith(li, story.baseUrl, look.settings, WALL);
    await see(li, look.settings.locale === 'en-US' ? 'Pledges kept' : '践诺');
    await shootChecked(li, `pledges-wall${look.suffix}`);
  }
  await openWith(li, story.baseUrl, { locale: 'zh-CN', elder: false }, '/features/pledges/pages/pledge/index?id=pl-demo-sorting');
  await tap(li, '我的承诺卡');
  await screen(li).getByRole('img', { name: /文明承诺，李师傅，签署《垃圾分类承诺书》，第 22 位签署人/ }).waitFor({ timeout: 15_000 });
  await shootChecked(li, 'pledges-card');
  for (const look of LOOKS.slice(1)) {
    await openWith(li, story.baseUrl, look.settings, '/features/pledges/pages/pledge/index?id=pl-demo-sorting');
    await see(li, look.settings.locale === 'en-US' ? 'My pledge card' : '我的承诺卡');
    await shootChecked(li, `pledges-pledge${look.suffix}`);
  }
  await openWith(li, story.baseUrl, { locale: 'zh-CN', elder: false }, '/features/pledges/pages/pledge/index?id=pl-demo-sorting');
  await see(li, '我的承诺卡');
  await shootChecked(li, 'pledges-pledge');
}, 300_000);
