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

/**
 * Development only (`npm start` in dev mode, the E2E stories): the system clock moved by an offset the gateway's
 * dev route sets, read from the process environment so the bundled function and the gateway share it.
 */
export const devClock = (env: NodeJS.ProcessEnv = process.env): Clock => ({ now: () => Date.now() + (Number(env.LINLI_CLOCK_OFFSET_MS) || 0) });
