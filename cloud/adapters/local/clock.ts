// Time as a port: the system clock in production, a clock tests move by hand.
import type { Clock } from '../../ports';

export const systemClock: Clock = { now: () => Date.now() };

export interface FixedClock extends Clock {
  /** Moves time forward by ms and answers the new time. */
  advance(ms: number): number;
  set(ms: number): void;
}

export function fixedClock(start: number): FixedClock {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
      return current;
    },
    set(ms) {
      current = ms;
    },
  };
}
