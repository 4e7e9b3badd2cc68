// Calendar days as residents count them: in China time (UTC+8, no daylight saving), whatever the server's zone.
// Terms (an adoption's year), seasons and "N days without care" are all counted on these days.
export const DAY_MS = 24 * 3_600_000;
const OFFSET_MS = 8 * 3_600_000;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The China-time calendar date of a moment. */
export function chinaDate(at: number): CivilDate {
  const d = new Date(at + OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Midnight China time at the start of a date. */
export const startOfChinaDay = ({ year, month, day }: CivilDate): number => Date.UTC(year, month - 1, day) - OFFSET_MS;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same date `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: CivilDate, years: number): CivilDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** `2026-11-20` */
export const isoDate = ({ year, month, day }: CivilDate): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Whole China-time days from one moment's date to another's (0 on the same day). */
export const daysBetween = (from: number, to: number): number =>
  Math.round((startOfChinaDay(chinaDate(to)) - startOfChinaDay(chinaDate(from))) / DAY_MS);
