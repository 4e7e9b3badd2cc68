// Volunteer hours: check-in → check-out inside the drive's window, never more than the window, and only
// confirmed hours count as earned.
import { attendedMinutes, checkCorrection, confirmation, earnedMinutes, hoursOf, totalsOf, windowMinutes } from '../../src/domain/drives/hours';

const at = (time: string): number => Date.parse(`2026-11-21T${time}:00+08:00`);
const window = { startsAt: at('09:00'), endsAt: at('11:30') };

describe('attendedMinutes', () => {
  it('counts check-in to check-out in whole minutes', () => {
    expect(attendedMinutes(window, at('09:10'), at('11:00'))).toBe(110);
  });

  it('starts the clock at the start for an early arrival and stops it at the end for a late leaver', () => {
    expect(attendedMinutes(window, at('08:40'), at('12:30'))).toBe(150);
    expect(attendedMinutes(window, at('08:40'), at('12:30'))).toBe(windowMinutes(window));
  });

  it('gives nothing without a check-out, or when the whole stay lies outside the window', () => {
    expect(attendedMinutes(window, at('09:10'), null)).toBe(0);
    expect(attendedMinutes(window, at('12:00'), at('12:30'))).toBe(0);
    expect(attendedMinutes(window, at('08:00'), at('08:50'))).toBe(0);
  });
});

describe('checkCorrection', () => {
  it('accepts a correction up to the window and refuses one past it, naming the limit', () => {
    expect(checkCorrection(window, 150)).toEqual({ kind: 'ok' });
    expect(checkCorrection(window, 0)).toEqual({ kind: 'ok' });
    expect(checkCorrection(window, 151)).toEqual({ kind: 'over_window', max: 150 });
    expect(checkCorrection(window, -5)).toEqual({ kind: 'negative' });
  });
});

describe('confirmation', () => {
  const signup = { checkedInAt: at('09:05'), checkedOutAt: at('10:35') };

  it('confirms the computed time when not corrected', () => {
    expect(confirmation(window, signup, 'u1', at('12:00'))).toEqual({ minutes: 90, computedMinutes: 90, confirmedAt: at('12:00'), confirmedBy: 'u1', reason: null });
  });

  it('keeps the computed time beside a correction and its reason', () => {
    const confirmed = confirmation(window, signup, 'u1', at('12:00'), { minutes: 120, reason: '签退时忘记扫码' });
    expect(confirmed).toMatchObject({ minutes: 120, computedMinutes: 90, reason: '签退时忘记扫码' });
  });

  it('never writes more than the window even if a correction asks for it', () => {
    expect(confirmation(window, signup, 'u1', at('12:00'), { minutes: 999, reason: 'x' }).minutes).toBe(150);
  });
});

describe('totalsOf', () => {
  const confirmed = (minutes: number) => ({ status: 'checked_out' as const, hours: { minutes, computedMinutes: minutes, confirmedAt: 1, confirmedBy: 'u', reason: null } });

  it('counts only confirmed hours as earned, and attended-but-unconfirmed drives as awaiting', () => {
    const totals = totalsOf([confirmed(90), confirmed(60), { status: 'checked_out', hours: null }, { status: 'checked_in', hours: null }, { status: 'no_show', hours: null }]);
    expect(totals).toEqual({ minutes: 150, personTimes: 2, awaiting: 2 });
    expect(earnedMinutes({ hours: null })).toBe(0);
  });

  it('prints hours with one decimal', () => {
    expect(hoursOf(150)).toBe(2.5);
    expect(hoursOf(100)).toBe(1.7);
    expect(hoursOf(0)).toBe(0);
  });
});
