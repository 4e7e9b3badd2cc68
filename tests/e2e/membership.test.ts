// Story: a new resident arrives, consents, sets a profile and asks to join a household;
// a committee member approves; the resident now sees themselves as a member. Told once in zh-CN and once in en-US.
import { describe, expect, test } from '@jest/globals';
import { storyWorld } from './harness';
import { openTab, reachable, screen, screenText, see, signInAs, tap, typeInto } from './phone';
import { inWords, LOCALES } from './words';

const story = storyWorld();

// Each language's run has its own newcomers and its own door, so the second run does not meet the first.
const PEOPLE = {
  'zh-CN': { first: '新邻居小林', second: '新邻居小顾', household: '6栋1单元302' },
  'en-US': { first: '新邻居小杨', second: '新邻居小夏', household: '6栋2单元602' },
};

describe.each(LOCALES)('in %s', (locale) => {
  const who = PEOPLE[locale];

  test('a new resident joins a household once the committee approves', async () => {
    const resident = await story.openPhone({ locale });
    await signInAs(resident, '新居民');
    await see(resident, '尚未加入社区');

    await openTab(resident, '我的');
    // The privacy guide from a tab page: both its buttons clear of the tab bar.
    await tap(resident, '隐私保护指引');
    await see(resident, '同意并继续');
    expect(await reachable(resident, '暂不同意')).toBe(true);
    expect(await reachable(resident, '同意并继续')).toBe(true);
    await tap(resident, '暂不同意');
    await tap(resident, '编辑资料');
    await typeInto(resident, '请输入昵称', who.first);
    await tap(resident, '保存');
    await see(resident, who.first);

    await tap(resident, '加入社区');
    await tap(resident, '幸福里社区');
    await tap(resident, '6栋');
    await tap(resident, who.household);
    await tap(resident, '提交申请');
    // Joining shares a home address: the privacy guide comes first, and nothing is sent before consent.
    await see(resident, '隐私保护指引');
    await tap(resident, '同意并继续');
    await see(resident, '已提交，等待居委会审核');

    const committee = await story.openPhone({ locale });
    await signInAs(committee, '陈书记');
    await openTab(committee, '我的');
    await tap(committee, '入户审核');
    await see(committee, who.first);
    const request = screen(committee).locator('.card, .nut-cell', { hasText: who.first }).last();
    expect(await request.innerText()).toContain(who.household);
    await tap(committee, '通过', request);
    // Letting someone into a home is asked first.
    await tap(committee, '确认通过');
    // Approved requests leave the list.
    await screen(committee).getByText(who.first, { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });

    // Opening the app again (as after a notification) shows the membership the committee just granted.
    await resident.goto(story.baseUrl);
    await openTab(resident, '我的');
    await see(resident, '幸福里社区');
    const me = await screenText(resident);
    expect(me).toContain(who.household);
    expect(me).not.toContain(inWords(resident, '未加入社区'));
    expect(me).toContain(inWords(resident, '居民'));
  }, 120_000);

  test('a newcomer joins at once with the invite code the committee prints on the contact card', async () => {
    const committee = await story.openPhone({ locale });
    await signInAs(committee, '陈书记');
    await openTab(committee, '我的');
    await tap(committee, '住户邀请码');
    const card = screen(committee).getByLabel('7栋2单元602');
    await card.waitFor({ timeout: 15_000 });
    const code = (await card.innerText()).match(/\b[A-Z2-9]{6}\b/)?.[0];
    expect(code).toBeDefined();

    const resident = await story.openPhone({ locale });
    await signInAs(resident, '新居民');
    await openTab(resident, '我的');
    await tap(resident, '编辑资料');
    await typeInto(resident, '请输入昵称', who.second);
    await tap(resident, '保存');
    await see(resident, who.second);
    await tap(resident, '加入社区');
    await tap(resident, '邀请码');
    await typeInto(resident, '6位邀请码', code!.toLowerCase());
    await tap(resident, '加入');
    await see(resident, '隐私保护指引');
    await tap(resident, '同意并继续');
    await see(resident, '你已是幸福里社区居民');

    await resident.goto(story.baseUrl);
    await openTab(resident, '我的');
    await see(resident, '7栋2单元602');
    expect(await screenText(resident)).not.toContain(inWords(resident, '未加入社区'));

    // A replaced code admits nobody: the committee replaces it, and the printed one stops working.
    await tap(committee, '换码', card);
    await tap(committee, '确认换码', card);
    await card.getByText(code!, { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });
  }, 120_000);
});
