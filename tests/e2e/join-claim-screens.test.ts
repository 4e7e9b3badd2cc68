// The staff claim-code form on 加入社区 as a newcomer sees it, in Chinese, in English and
// in elder mode, on a 390 × 844 phone: its hint names both roles a code can give, the form passes axe-core's WCAG
// 2.1 A/AA rules without a serious or critical violation, and is photographed as docs/screenshots/join-claim*.png.
import { expect, test } from '@jest/globals';
import { storyWorld } from './harness';
import { see, signInAs, tap, typeInto } from './phone';
import { accessibilityProblems, LOOKS, openWith, shoot } from './shots';

const story = storyWorld();

const WORDS = {
  'zh-CN': { tab: '工作人员开通码', hint: '居委会成员或网格员' },
  'en-US': { tab: 'Staff claim code', hint: 'Committee member or grid worker' },
};

for (const { suffix, settings } of LOOKS) {
  test(`the claim-code form passes axe and is photographed (${settings.locale}${settings.elder ? ', elder' : ''})`, async () => {
    const phone = await story.openShotPhone();
    await signInAs(phone, '新居民');
    // Joining asks for a nickname first (the committee sees it); each look signs in as a new person.
    await openWith(phone, story.baseUrl, { locale: 'zh-CN', elder: false }, '/features/membership/pages/join/index');
    await tap(phone, '去填写昵称');
    await typeInto(phone, '请输入昵称', '新来的网格员');
    await Promise.all([phone.waitForResponse((response) => response.url().includes('/api/profile.update')), tap(phone, '保存')]);
    await openWith(phone, story.baseUrl, settings, '/features/membership/pages/join/index');
    const words = WORDS[settings.locale];
    await tap(phone, words.tab);
    await see(phone, words.hint);
    expect(await accessibilityProblems(phone)).toEqual([]);
    await shoot(phone, `join-claim${suffix}`);
    await phone.context().close();
  }, 120_000);
}
