// Receipts of anonymous answers, kept on this device only: with one, the server shows the answers back,
// without one nobody (the server included) can tell whose answers they are.
import Taro from '@tarojs/taro';

const KEY = 'linli.pollReceipts';

function all(): Record<string, string> {
  const stored: unknown = Taro.getStorageSync(KEY);
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, string>) : {};
}

export const receiptOf = (pollId: string): string | undefined => all()[pollId];

export function keepReceipt(pollId: string, receipt: string): void {
  Taro.setStorageSync(KEY, { ...all(), [pollId]: receipt });
}
