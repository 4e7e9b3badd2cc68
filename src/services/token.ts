// The H5 session token (the mini-program needs none: WeChat vouches for the caller).
import Taro from '@tarojs/taro';

const TOKEN_KEY = 'linli.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  const value: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof value === 'string' && value ? value : null;
}

export function setToken(token: string | null): void {
  if (token) Taro.setStorageSync(TOKEN_KEY, token);
  else Taro.removeStorageSync(TOKEN_KEY);
  listeners.forEach((listener) => listener());
}

/** Told whenever the token changes, e.g. when the gateway says it expired. */
export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
