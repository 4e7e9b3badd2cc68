// Volunteer hours as pure functions: check-in → check-out, clipped to the drive's window; never more than the
// window; and only hours the organiser confirmed count as earned.
import type { Outcome } from '../common/outcome';
import { OK } from '../common/outcome';
import type { ConfirmedHours, Signup } from './types';

export const MINUTE_MS = 60_000;

export interface TimeWindow {
  startsAt: number;
  endsAt: number;
}

export const windowMinutes = (window: TimeWindow): number => Math.max(0, Math.floor((window.endsAt - window.startsAt) / MINUTE_MS));

/** Whole minutes of check-in → check-out that fall inside the window; arriving early or leaving late adds nothing. */
export function attendedMinutes(window: TimeWindow, checkedInAt: number | null, checkedOutAt: number | null): number {
  if (checkedInAt === null || checkedOutAt === null) return 0;
  const from = Math.max(window.startsAt, checkedInAt);
  const to = Math.min(window.endsAt, checkedOutAt);
  return to > from ? Math.floor((to - from) / MINUTE_MS) : 0;
}

export type CorrectionRefusal = { kind: 'over_window'; max: number } | { kind: 'negative' };

/** An organiser's correction may lower or raise the time, but never past the window. */
export function checkCorrection(window: TimeWindow, minutes: number): Outcome<CorrectionRefusal> {
  if (!Number.isInteger(minutes) || minutes < 0) return { kind: 'negative' };
  const max = windowMinutes(window);
  return minutes > max ? { kind: 'over_window', max } : OK;
}

/** The confirmation written for one attended sign-up: the correction if given, else the computed time. */
export function confirmation(
  window: TimeWindow,
  signup: Pick<Signup, 'checkedInAt' | 'checkedOutAt'>,
  by: string,
  at: number,
  correction?: { minutes: number; reason: string },
): ConfirmedHours {
  const computedMinutes = attendedMinutes(window, signup.checkedInAt, signup.checkedOutAt);
  const minutes = correction ? Math.min(correction.minutes, windowMinutes(window)) : computedMinutes;
  return { minutes, computedMinutes, confirmedAt: at, confirmedBy: by, reason: correction ? correction.reason : null };
}

/** Earned minutes of one sign-up: its confirmed hours, else nothing. */
export const earnedMinutes = (signup: Pick<Signup, 'hours'>): number => signup.hours?.minutes ?? 0;

export interface Totals {
  minutes: number;
  /** 人次: sign-ups with confirmed hours. */
  personTimes: number;
  /** Attended, not yet confirmed: shown as waiting, never as earned. */
  awaiting: number;
}

export function totalsOf(signups: ReadonlyArray<Pick<Signup, 'hours' | 'status'>>): Totals {
  let minutes = 0;
  let personTimes = 0;
  let awaiting = 0;
  for (const signup of signups) {
    if (signup.hours) {
      minutes += signup.hours.minutes;
      personTimes += 1;
    } else if (signup.status === 'checked_in' || signup.status === 'checked_out') awaiting += 1;
  }
  return { minutes, personTimes, awaiting };
}

/** Hours with one decimal, as certificates and profiles print them (150 minutes → 2.5). */
export const hoursOf = (minutes: number): number => Math.round(minutes / 6) / 10;
