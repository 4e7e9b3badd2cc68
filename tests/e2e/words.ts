// The stories are written in the words a zh-CN resident reads; an en-US phone reads these instead. Names, places
// and what people typed stay as they are (they are data, not the app's words).
import type { Page } from 'playwright-core';

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: Locale[] = ['zh-CN', 'en-US'];

const EN_US: Record<string, string> = {
  // Shell, tabs, dev login, privacy, photos
  首页: 'Home', 随手拍: 'Snap', 参与: 'Join in', 我的: 'Me', 选择演示身份: 'Choose a demo identity', 新居民: 'New resident',
  隐私保护指引: 'Privacy guide', 同意并继续: 'Agree and continue', 暂不同意: 'Not now',
  添加照片: 'Add photo', 从相册选择: 'Choose from album', 删除: 'Remove', 确定: 'OK',
  // Membership
  尚未加入社区: 'Not in a community yet', 编辑资料: 'Edit profile', 请输入昵称: 'Enter a nickname', 保存: 'Save',
  加入社区: 'Join a community', 提交申请: 'Send request', '已提交，等待居委会审核': 'Sent — waiting for the committee',
  入户审核: 'Join requests', 通过: 'Approve', 确认通过: 'Approve', 居民: 'Resident', 未加入社区: 'Not in a community',
  住户邀请码: 'Household invite codes', 邀请码: 'Invite code', '6位邀请码': '6-character code', 加入: 'Join',
  你已是幸福里社区居民: 'You are a resident of 幸福里社区', 换码: 'Replace', 确认换码: 'Replace code',
  // 随手拍
  我要上报: 'Report a problem', 使用当前位置: 'Use my location', '5栋附近 · 第二网格': 'Near 5栋 · 第二网格', 位置说明: 'Where exactly',
  乱堆乱放: 'Clutter', 问题描述: 'Description', 提交: 'Submit', 上报成功: 'Reported', 附近已有相同问题: 'Already reported nearby',
  '我也遇到了（+1）': 'Me too (+1)', '已为该问题+1': 'You added +1', 待办: 'To do', 我的上报: 'My reports', 社区问题: 'Community issues',
  处理进度: 'Progress', 受理: 'Accept', 开始处理: 'Start work', 办结: 'Resolve', 处理后照片: 'Photos after the fix',
  处理说明: 'What was done', 提交办结: 'Mark resolved', 待核查: 'Awaiting check', 还没解决: 'Not fixed yet',
  '哪里还没处理好？': 'What is still wrong?', 反馈还没解决: 'Reported not fixed', 确认已解决: 'Confirm it is fixed',
  已办结: 'Closed', 处理中: 'In progress', 已受理: 'Accepted', 待受理: 'Submitted',
};

const locales = new WeakMap<Page, Locale>();

export const setLocaleOf = (page: Page, locale: Locale): void => void locales.set(page, locale);
export const localeOf = (page: Page): Locale => locales.get(page) ?? 'zh-CN';

/** `text` as this phone shows it: the story's zh-CN words, or their en-US counterpart. */
export function inWords(page: Page, text: string): string;
export function inWords(page: Page, text: string | RegExp): string | RegExp;
export function inWords(page: Page, text: string | RegExp): string | RegExp {
  return typeof text === 'string' && localeOf(page) === 'en-US' ? (EN_US[text] ?? text) : text;
}

/** The app's own words left in Chinese on an en-US screen: buttons, field placeholders, tab labels, headings, sheets' titles. */
export async function chineseLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /[\u4e00-\u9fff]/;
    const pages = document.querySelectorAll<HTMLElement>('.taro_page.taro_page_show:not(.taro_page_shade)');
    const top = pages[pages.length - 1] ?? document.body;
    const scopes = [top, ...document.querySelectorAll<HTMLElement>('.nut-popup'), ...document.querySelectorAll<HTMLElement>('.taro-tabbar__tabbar')];
    const found = new Set<string>();
    for (const scope of scopes) {
      if (scope.getClientRects().length === 0) continue;
      for (const node of scope.querySelectorAll<HTMLElement>('taro-button-core, .weui-tabbar__label, .section-title, .consent-sheet__title, .consent-sheet__body, .field__label, .nut-empty-title, .nut-tabs-titles-item-text')) {
        const text = node.innerText.trim();
        if (node.getClientRects().length > 0 && han.test(text)) found.add(text.slice(0, 30));
      }
      for (const field of scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
        if (han.test(field.placeholder)) found.add(`placeholder「${field.placeholder}」`);
      }
    }
    if (han.test(document.title)) found.add(`title「${document.title}」`);
    return [...found];
  });
}
