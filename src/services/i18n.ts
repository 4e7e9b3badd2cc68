// UI language: zh-CN by default, en-US on request; the choice is remembered on the device.
import { useCallback, useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

const LOCALE_KEY = 'linli.locale';
const listeners = new Set<() => void>();

function stored(): Locale {
  const value: unknown = Taro.getStorageSync(LOCALE_KEY);
  return value === 'en-US' ? 'en-US' : 'zh-CN';
}

let current: Locale | null = null;

export function getLocale(): Locale {
  if (current === null) current = stored();
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
  Taro.setStorageSync(LOCALE_KEY, locale);
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useLocale = (): Locale => useSyncExternalStore(subscribe, getLocale, getLocale);

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;
export interface Messages<K extends string> {
  'zh-CN': Record<K, string>;
  'en-US': Record<K, string>;
}

const format = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;

/** A dictionary and its hook; each feature keeps its own words next to its pages. */
export function defineMessages<K extends string>(messages: Messages<K>) {
  function useT(): Translate<K> {
    const locale = useLocale();
    return useCallback((key: K, params?: Params) => format(messages[locale][key] ?? messages['zh-CN'][key] ?? key, params), [locale]);
  }
  return useT;
}

// Messages written by the server and the shared schemas are Chinese; these are their English forms.
const SERVER_MESSAGES_EN: Record<string, string> = {
  '网络异常，请检查网络后重试': 'Network error, please check your connection and try again',
  '登录已失效，请重新登录': 'Your session has expired, please sign in again',
  '操作太频繁，请稍后再试': 'Too many requests, please try again later',
  '服务暂时不可用，请稍后重试': 'Service unavailable, please try again later',
  '请填写昵称': 'Please enter a nickname',
  '昵称最多20个字': 'Nickname can be at most 20 characters',
  '必填': 'Required',
  '过长': 'Too long',
  '备注最多100个字': 'Note can be at most 100 characters',
  '邀请码是6位字母或数字': 'The invite code is 6 letters or digits',
  '请填写驳回原因': 'Please give a reason for rejecting',
  '请先阅读并同意隐私保护指引': 'Please read and accept the privacy guide first',
  '请先填写昵称': 'Please set a nickname first',
  '您已是该社区居民': 'You are already a resident of this community',
  '您已有一个待审核的申请，请耐心等待': 'You already have a request waiting for review',
  '该申请已处理': 'This request has already been decided',
  '申请不存在': 'Request not found',
  '格式有误': 'Invalid format',
  '请求地址有误': 'Malformed request address',
  '上传未完成，请重试': 'The upload was cut off, please try again',
  '图片已损坏或过大，无法读取': 'The image is damaged or too large to read',
  '今天上传的图片数量已达上限，请明天再试': 'You have uploaded the most photos allowed today, please try again tomorrow',
  '今天上传的图片总大小已达上限，请明天再试': 'You have uploaded the most photo data allowed today, please try again tomorrow',
  '开通码是16位字母或数字': 'The claim code is 16 letters or digits',
  '开通码无效、已使用或已过期': 'This claim code is wrong, already used or expired',
};

/** A server or schema message in the current language (Chinese stays as written). */
export function useServerMessage(): (message: string) => string {
  const locale = useLocale();
  return useCallback((message: string) => (locale === 'en-US' ? SERVER_MESSAGES_EN[message] ?? message : message), [locale]);
}
