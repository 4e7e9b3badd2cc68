// UI language: zh-CN by default, en-US on request; the choice is remembered on the device.
import { useCallback, useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import type { ActionErrorBody } from '@/domain/envelope';
import { msg, type Lang } from '@/domain/common/messages';
import { renderMessage } from '@/domain/messages';

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

/** The language of the shared message table for a UI locale. */
export const langOf = (locale: Locale): Lang => (locale === 'en-US' ? 'en' : 'zh');

/** The one line to show for a refusal: its first field's message, else its reason, else its code. */
export function errorRef(error: ActionErrorBody): string {
  const first = error.fields ? Object.values(error.fields)[0] : undefined;
  return first ?? msg(error.reason ?? `code.${error.code}`, error.params);
}

/** Renders a message reference from the server or a shared schema (or a refusal) in the current language. */
export function useServerMessage(): (ref: string | ActionErrorBody) => string {
  const locale = useLocale();
  return useCallback((ref: string | ActionErrorBody) => renderMessage(typeof ref === 'string' ? ref : errorRef(ref), langOf(locale)), [locale]);
}
