// Elder mode (适老化): larger type. Follows WeChat's font-size / care-mode setting until the person chooses.
import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import { isH5 } from './platform';

const ELDER_KEY = 'linli.elder';
/** WeChat's standard font size is 16–17 px; anything larger means the person asked for bigger text. */
const LARGE_SYSTEM_FONT = 18;
const listeners = new Set<() => void>();

function fromSystem(): boolean {
  try {
    const size = Taro.getSystemInfoSync().fontSizeSetting;
    return typeof size === 'number' && size >= LARGE_SYSTEM_FONT;
  } catch {
    return false;
  }
}

function initial(): boolean {
  const saved: unknown = Taro.getStorageSync(ELDER_KEY);
  if (saved === 'on') return true;
  if (saved === 'off') return false;
  return fromSystem();
}

let current: boolean | null = null;

/** H5's tab bar lives outside every page, so elder mode is marked on <html> too, for its labels. */
function markDocument(on: boolean): void {
  if (isH5() && typeof document !== 'undefined') document.documentElement.classList.toggle('linli-elder', on);
}

export function isElder(): boolean {
  if (current === null) {
    current = initial();
    markDocument(current);
  }
  return current;
}

export function setElder(on: boolean): void {
  current = on;
  markDocument(on);
  Taro.setStorageSync(ELDER_KEY, on ? 'on' : 'off');
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useElder = (): boolean => useSyncExternalStore(subscribe, isElder, isElder);
