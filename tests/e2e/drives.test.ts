// Story (志愿活动): 王阿姨 reports a neglected dirty spot → the committee publishes a 卫生死角大清除 drive for two
// volunteers that takes the case on → three residents sign up, the third is waitlisted → one cancels and the third
// is promoted → on the day the organiser's page shows the rotating QR code → 王阿姨 checks in with the typed code
// and checks out → the organiser confirms hours and resolves the case with an after-photo, the reporter confirms →
// 王阿姨's volunteer record shows the hours and the certificate.
import { expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { addPhoto, openTab, screen, see, signInAs, tap, typeInto } from './phone';

const BACKYARD = { lat: 30.6596, lng: 104.0818 };
const DRIVE = '5栋后院卫生死角大清除';
const PROBLEM = '5栋后院自行车棚后面落叶和垃圾堆了很久';
const HOUR = 3_600_000;

const story = storyWorld({ before: [140, 120, 80], after: [90, 170, 100] });

/** Moves the gateway's clock (development mode only) to a moment of the drive's day. */
async function setServerTime(at: number): Promise<void> {
  const response = await fetch(`${story.baseUrl}/api/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at }) });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

/** When the published drive starts, read as the committee would through the API. */
async function driveStart(): Promise<number> {
  const login = await fetch(`${story.baseUrl}/api/session/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userKey: 'committee-chen' }) });
  const { token } = ((await login.json()) as { data: { token: string } }).data;
  const list = await fetch(`${story.baseUrl}/api/drives.list`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
  const items = ((await list.json()) as { data: { items: Array<{ title: string; startsAt: number }> } }).data.items;
  return items.find((item) => item.title === DRIVE)!.startsAt;
}

async function openDrive(page: Page, ended = false): Promise<void> {
  await page.goto(story.baseUrl);
  await openTab(page, '参与');
  await tap(page, '志愿活动');
  if (ended) await tap(page, '已结束');
  await tap(page, DRIVE);
  await see(page, '我的报名');
}

test('a clean-up drive from sign-up to confirmed hours, a resolved case and a certificate', async () => {
  // 王阿姨 reports the dirty spot behind 5栋.
  const wang = await story.openPhone({ standingAt: BACKYARD });
  await signInAs(wang, '王阿姨');
  await openTab(wang, '随手拍');
  await tap(wang, '我要上报');
  await addPhoto(wang, story.photos.before);
  await tap(wang, '使用当前位置');
  await see(wang, /(附近 · |所在网格：)第二网格/);
  await typeInto(wang, '位置说明', '5栋后院自行车棚');
  await tap(wang, '卫生死角');
  await typeInto(wang, '问题描述', PROBLEM);
  await tap(wang, '提交');
  await see(wang, '上报成功');

  // 陈书记 publishes a drive for two that takes the case on.
  const chen = await story.openPhone();
  await signInAs(chen, '陈书记');
  await openTab(chen, '参与');
  await tap(chen, '志愿活动');
  await tap(chen, '发布活动');
  await typeInto(chen, '活动名称', DRIVE);
  await typeInto(chen, '集合地点', '5栋后院自行车棚');
  await typeInto(chen, '招募人数', '2');
  await typeInto(chen, '请携带', '手套、扫帚');
  await tap(chen, '卫生死角 · 5栋后院自行车棚');
  await tap(chen, '发布');
  await see(chen, '出示签到码');
  await see(chen, '本次活动认领的随手拍问题');

  // Three residents sign up; the third is waitlisted.
  await openDrive(wang);
  await tap(wang, '我要报名');
  await see(wang, '已报名');
  const li = await story.openPhone();
  await signInAs(li, '李师傅');
  await openDrive(li);
  await tap(li, '我要报名');
  await see(li, '已报名');
  const zhao = await story.openPhone();
  await signInAs(zhao, '赵大爷');
  await openDrive(zhao);
  await tap(zhao, '名额已满，报名候补');
  await see(zhao, '候补第1位，有人取消时按顺序自动递补');

  // 李师傅 cannot come after all: 赵大爷 moves up and is told.
  await tap(li, '取消报名');
  await tap(li, '确定');
  await see(li, '还没有报名');
  await openDrive(zhao);
  await see(zhao, '已报名');
  expect(await screen(zhao).getByText('候补中').count()).toBe(0);
  await zhao.goto(`${story.baseUrl}/#/features/notifications/pages/inbox/index`);
  await see(zhao, '候补成功，您已获得活动名额');

  // On the day: the organiser shows the rotating code; 王阿姨 types it.
  const start = await driveStart();
  await setServerTime(start + 5 * 60_000);
  await openDrive(chen);
  await tap(chen, '出示签到码');
  await see(chen, '秒后更换新码');
  await screen(chen).getByLabel('签到二维码').waitFor({ timeout: 15_000 });
  const firstCode = (await screen(chen).locator('.checkin-code__digits').innerText()).trim();
  expect(firstCode).toMatch(/^\d{6}$/);
  await openDrive(wang);
  await typeInto(wang, '6位签到码', firstCode);
  await tap(wang, '签到');
  await see(wang, '已签到');

  // Two hours later she checks out with the code then showing.
  await setServerTime(start + 2 * HOUR);
  await chen.reload();
  await see(chen, '秒后更换新码');
  const laterCode = (await screen(chen).locator('.checkin-code__digits').innerText()).trim();
  expect(laterCode).not.toBe(firstCode);
  await openDrive(wang);
  await typeInto(wang, '6位签到码', laterCode);
  await tap(wang, '签退');
  await see(wang, '已签退');
  await see(wang, '时长待组织者确认');

  // After the drive the organiser confirms hours (09:05 → 11:00 = 1.9 h) and resolves the case with a photo.
  await setServerTime(start + 2.5 * HOUR + 10 * 60_000);
  await openDrive(chen, true);
  await tap(chen, '签到与时长');
  await see(chen, '按签到签退计 1.9 小时（待确认）');
  await tap(chen, '确认全部时长');
  await see(chen, '已确认 1.9 小时');
  await openDrive(chen, true);
  await tap(chen, `卫生死角 · 5栋后院自行车棚`);
  await tap(chen, '办结');
  await addPhoto(chen, story.photos.after);
  await typeInto(chen, '处理说明', '志愿者清理落叶和垃圾共6袋');
  await tap(chen, '提交办结');
  await see(chen, '待核查');

  // 谁上报谁核查: 王阿姨 confirms the fix.
  await wang.goto(story.baseUrl);
  await openTab(wang, '随手拍');
  await tap(wang, '我的上报');
  await tap(wang, PROBLEM);
  await see(wang, '志愿者清理落叶和垃圾共6袋');
  await tap(wang, '确认已解决');
  await tap(wang, '确定');
  await see(wang, '已办结');

  // Her volunteer record counts the confirmed hours, and the certificate says so.
  await wang.goto(story.baseUrl);
  await openTab(wang, '参与');
  await tap(wang, '志愿活动');
  await tap(wang, '我的志愿');
  await see(wang, '已确认志愿时长（小时）');
  expect(await screen(wang).locator('.volunteer-totals__number').first().innerText()).toBe('1.9');
  await see(wang, DRIVE);
  await tap(wang, '志愿服务证明');
  const certificate = screen(wang).getByLabel(/累计志愿服务时长 1.9 小时/);
  await certificate.waitFor({ timeout: 15_000 });
  // The canvas was painted: its frame is red (the drawing may land a moment after the page names it).
  const framePainted = () =>
    screen(wang)
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        // The outer frame is stroked on x = 20 of the 600-wide drawing.
        const pixel = canvas.getContext('2d')!.getImageData(Math.round((canvas.width * 20) / 600), Math.round(canvas.height / 2), 1, 1).data;
        return pixel[0]! > 150 && pixel[1]! < 100;
      });
  let painted = await framePainted();
  for (let waited = 0; !painted && waited < 10_000; waited += 200) {
    await wang.waitForTimeout(200);
    painted = await framePainted();
  }
  expect(painted).toBe(true);
}, 300_000);
