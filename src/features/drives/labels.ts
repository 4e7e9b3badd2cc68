// Kinds, statuses and times of drives in the reader's language. Drives happen in China, so their times are shown
// in China time whatever the phone's zone.
import { useCallback, useMemo } from 'react';
import { DRIVE_KINDS, type DriveKind } from '@/domain/drives/kinds';
import { hoursOf } from '@/domain/drives/hours';
import { SIGNUP_LABELS } from '@/domain/drives/status';
import type { SignupStatus } from '@/domain/drives/types';
import { useLocale } from '@/services/i18n';

const CHINA_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The parts of a moment in China time. */
export function chinaParts(at: number): { year: number; month: number; day: number; weekday: number; hour: number; minute: number } {
  const d = new Date(at + CHINA_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The moment of a China-time date ('2026-11-28') and clock time ('09:00'). */
export function chinaMoment(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute) - CHINA_MS;
}

export const chinaDate = (at: number): string => {
  const p = chinaParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
};
export const chinaClock = (at: number): string => {
  const p = chinaParts(at);
  return `${pad(p.hour)}:${pad(p.minute)}`;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = { zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

export function useDriveLabels() {
  const lang = useLocale() === 'en-US' ? 'en' : 'zh';
  const kind = useCallback((key: DriveKind) => DRIVE_KINDS.find((k) => k.key === key)?.[lang] ?? key, [lang]);
  const status = useCallback((value: SignupStatus) => SIGNUP_LABELS[value][lang], [lang]);
  const day = useCallback(
    (at: number) => {
      const p = chinaParts(at);
      return lang === 'zh' ? `${p.month}月${p.day}日 ${WEEKDAYS.zh[p.weekday]}` : `${WEEKDAYS.en[p.weekday]} ${p.month}/${p.day}`;
    },
    [lang],
  );
  const date = useCallback(
    (at: number) => {
      const p = chinaParts(at);
      return lang === 'zh' ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
    },
    [lang],
  );
  const window = useCallback((startsAt: number, endsAt: number) => `${day(startsAt)} ${chinaClock(startsAt)}–${chinaClock(endsAt)}`, [day]);
  const moment = useCallback((at: number) => `${day(at)} ${chinaClock(at)}`, [day]);
  const hours = useCallback((minutes: number) => String(hoursOf(minutes)), []);
  return useMemo(() => ({ kind, status, day, date, window, moment, hours, clock: chinaClock }), [kind, status, day, date, window, moment, hours]);
}
