// The 志愿活动 pages as residents, a captain and the committee see them on the seeded demo, in Chinese, in English
// and in elder mode, on a 390 × 844 phone: each passes axe-core's WCAG 2.1 A/AA rules without a serious or
// critical violation, and is photographed as docs/screenshots/drives-<page>-<mode>.png.
import { expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { storyWorld } from './harness';
import { see, signInAs } from './phone';
import { accessibilityProblems, openWith, shoot, type Settings } from './shots';

const MODES: Record<'zh' | 'en' | 'elder', Settings> = {
  zh: { locale: 'zh-CN', elder: false },
  en: { locale: 'en-US', elder: false },
  elder: { locale: 'zh-CN', elder: true },
};
type Mode = keyof typeof MODES;

/** Each page, who looks at it, and a line it shows in Chinese and in English once loaded. */
const PAGES = [
  { name: 'list', who: '王阿姨', path: '/features/drives/pages/list/index', ready: ['第二网格卫生死角大清除', '第二网格卫生死角大清除'] },
  { name: 'detail', who: '王阿姨', path: '/features/drives/pages/detail/index?id=d-demo-cleanup', ready: ['我的报名', 'My place'] },
  { name: 'qr', who: '李师傅', path: '/features/drives/pages/checkin-code/index?id=d-demo-cleanup', ready: ['秒后更换新码', 'A new code in'] },
  { name: 'attendance', who: '陈书记', path: '/features/drives/pages/attendance/index?id=d-demo-sorting', ready: ['已确认 2 小时', 'Confirmed 2 h'] },
  { name: 'publish', who: '陈书记', path: '/features/drives/pages/publish/index', ready: ['认领随手拍问题', 'Take on reported cases'] },
  { name: 'profile', who: '赵大爷', path: '/features/drives/pages/profile/index', ready: ['服务人次', 'Times served'] },
  { name: 'certificate', who: '赵大爷', path: '/features/drives/pages/certificate/index', ready: ['保存图片', 'Save picture'] },
] as const;

const story = storyWorld();

for (const mode of Object.keys(MODES) as Mode[]) {
  test(`the drive pages pass axe and are photographed (${mode})`, async () => {
    const problems: string[] = [];
    const phones = new Map<string, Page>();
    for (const page of PAGES) {
      let phone = phones.get(page.who);
      if (!phone) {
        phone = await story.openShotPhone();
        await signInAs(phone, page.who);
        phones.set(page.who, phone);
      }
      await openWith(phone, story.baseUrl, MODES[mode], page.path);
      await see(phone, page.ready[mode === 'en' ? 1 : 0]);
      problems.push(...(await accessibilityProblems(phone)).map((problem) => `${page.name}: ${problem}`));
      await shoot(phone, `drives-${page.name}-${mode}`);
    }
    for (const phone of phones.values()) await phone.context().close();
    expect(problems).toEqual([]);
  }, 240_000);
}
