// Story (随手拍): a resident reports clutter inside grid 2 → a neighbour at the same spot is offered "me too" →
// the grid-2 worker resolves it with an after-photo → the resident rejects once, the worker resolves again,
// the resident confirms → the community's public list shows it closed, with its timeline and without her name.
// Told once in zh-CN and once in en-US.
import { describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { addPhoto, openTab, screen, screenText, see, signInAs, tap, typeInto } from './phone';
import { inWords, LOCALES, type Locale } from './words';

const IN_GRID_2 = { lat: 30.66, lng: 104.0815 };
// Each language's run reports its own problem, so the second run does not meet the first.
const PROBLEMS: Record<Locale, string> = { 'zh-CN': '5栋东侧绿化带堆了旧沙发', 'en-US': '5栋东侧绿化带堆了旧床垫' };

const story = storyWorld({ before: [150, 120, 90], after: [90, 160, 90] });

async function openCase(page: Page, list: '我的上报' | '待办' | '社区问题', problem: string): Promise<void> {
  await page.goto(story.baseUrl);
  await openTab(page, '随手拍');
  await tap(page, list);
  await tap(page, problem);
  await see(page, '处理进度');
}

async function resolveAsWorker(worker: Page, note: string): Promise<void> {
  await tap(worker, '办结');
  await see(worker, '处理后照片');
  await addPhoto(worker, story.photos.after);
  await typeInto(worker, '处理说明', note);
  await tap(worker, '提交办结');
  await see(worker, '待核查');
}

describe.each(LOCALES)('in %s', (locale) => {
  const problem = PROBLEMS[locale];

  test('a report goes from a photo to a confirmed fix, and the public sees it closed', async () => {
    // 王阿姨 stands in grid 2 and reports what she sees.
    const resident = await story.openPhone({ standingAt: IN_GRID_2, locale });
    await signInAs(resident, '王阿姨');
    await openTab(resident, '随手拍');
    await tap(resident, '我要上报');
    await addPhoto(resident, story.photos.before);
    await tap(resident, '使用当前位置');
    await see(resident, '5栋附近 · 第二网格');
    await typeInto(resident, '位置说明', '5栋东侧绿化带');
    await tap(resident, '乱堆乱放');
    await typeInto(resident, '问题描述', problem);
    await tap(resident, '提交');
    await see(resident, '上报成功');

    // 李师傅 at the same spot is offered her case instead of filing a duplicate.
    const neighbour = await story.openPhone({ standingAt: IN_GRID_2, locale });
    await signInAs(neighbour, '李师傅');
    await openTab(neighbour, '随手拍');
    await tap(neighbour, '我要上报');
    await tap(neighbour, '使用当前位置');
    await see(neighbour, '5栋附近 · 第二网格');
    await tap(neighbour, '乱堆乱放');
    await see(neighbour, '附近已有相同问题');
    await see(neighbour, problem);
    await tap(neighbour, '我也遇到了（+1）');
    await see(neighbour, '已为该问题+1');

    // The grid-2 worker finds it in 待办, takes it on and resolves it with an after-photo.
    const worker = await story.openPhone({ locale });
    await signInAs(worker, '网格员周强');
    await openCase(worker, '待办', problem);
    await tap(worker, '受理');
    await tap(worker, '开始处理');
    await resolveAsWorker(worker, '已联系物业清运');

    // 谁上报谁核查: she sees the after-photo and rejects once, with a reason.
    await openCase(resident, '我的上报', problem);
    await see(resident, '已联系物业清运');
    await tap(resident, '还没解决');
    await typeInto(resident, '哪里还没处理好？', '沙发腿还留在草地上');
    await tap(resident, '确定');
    await see(resident, '反馈还没解决');

    // Back to the worker, who resolves it again.
    await openCase(worker, '待办', problem);
    await see(worker, '沙发腿还留在草地上');
    await resolveAsWorker(worker, '残留物已全部清走');

    // She confirms this time.
    await openCase(resident, '我的上报', problem);
    await see(resident, '残留物已全部清走');
    await tap(resident, '确认已解决');
    await tap(resident, '确定');
    await see(resident, '已办结');

    // Anyone in the community sees it closed, with every step, and not who reported it.
    await openCase(neighbour, '社区问题', problem);
    await see(neighbour, '已办结');
    const detail = await screenText(neighbour);
    expect(detail).toContain('残留物已全部清走');
    expect(detail).toContain('沙发腿还留在草地上');
    expect(detail).not.toContain('王阿姨');
    const timeline = screen(neighbour).locator('.timeline');
    const steps = (await timeline.innerText()).split('\n').filter(Boolean).join(' ');
    for (const step of ['已办结', '处理中', '已受理', '待受理']) expect(steps).toContain(inWords(neighbour, step));
  }, 240_000);
});
