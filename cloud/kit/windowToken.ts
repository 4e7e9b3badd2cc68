// Short-lived signed tokens that name a subject (e.g. a drive) and a time window: HMAC-SHA256 with a server-only
// key, so nobody can make one, and one expires with its window. A 6-digit code is derived from the same token for
// people who type instead of scanning. Any feature with a rotating code (check-in QR) uses this.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface WindowTokenPolicy {
  /** Domain separation: a token of one purpose never passes for another. */
  purpose: string;
  windowMs: number;
  /** How many windows before the current one still pass (clock skew between two phones). */
  grace: number;
}

export interface IssuedToken {
  token: string;
  code: string;
  window: number;
  /** When the next window begins and a new token replaces this one. */
  refreshAt: number;
}

export type TokenReading =
  | { kind: 'ok'; subject: string; window: number }
  | { kind: 'malformed' }
  | { kind: 'forged' }
  | { kind: 'expired'; subject: string; window: number }
  | { kind: 'future'; subject: string; window: number };

export type CodeReading = { kind: 'ok'; window: number } | { kind: 'expired'; window: number } | { kind: 'wrong' };

/** How far back a typed code is still recognised, to say "expired" rather than "wrong". */
const RECOGNISED_WINDOWS = 20;

export const windowOf = (now: number, policy: WindowTokenPolicy): number => Math.floor(now / policy.windowMs);

const mac = (key: Buffer, text: string): Buffer => createHmac('sha256', key).update(text).digest();

function tokenFor(key: Buffer, subject: string, window: number, policy: WindowTokenPolicy): string {
  const signature = mac(key, `${policy.purpose}\n${subject}\n${window}`).subarray(0, 16).toString('base64url');
  return `${subject}.${window}.${signature}`;
}

/** Six digits from the token itself (HOTP's dynamic truncation), so the typed code is exactly as fresh as the QR. */
function codeFor(key: Buffer, token: string): string {
  const digest = mac(key, `code\n${token}`);
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function issueToken(key: Buffer, subject: string, now: number, policy: WindowTokenPolicy): IssuedToken {
  const window = windowOf(now, policy);
  const token = tokenFor(key, subject, window, policy);
  return { token, code: codeFor(key, token), window, refreshAt: (window + 1) * policy.windowMs };
}

/** Reads a scanned token: whose it is, and whether its window is still current (or within the grace). */
export function readToken(key: Buffer, token: string, now: number, policy: WindowTokenPolicy): TokenReading {
  const match = /^(.+)\.(\d{1,15})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return { kind: 'malformed' };
  const [, subject, windowText] = match as unknown as [string, string, string];
  const window = Number(windowText);
  if (!sameText(tokenFor(key, subject, window, policy), token)) return { kind: 'forged' };
  const current = windowOf(now, policy);
  // One window ahead passes: another server instance's clock may be a few milliseconds ahead at a boundary.
  if (window > current + 1) return { kind: 'future', subject, window };
  if (window < current - policy.grace) return { kind: 'expired', subject, window };
  return { kind: 'ok', subject, window };
}

/** Matches a typed code against the subject's current windows; an old code is told apart from a wrong one. */
export function matchCode(key: Buffer, subject: string, code: string, now: number, policy: WindowTokenPolicy): CodeReading {
  const current = windowOf(now, policy);
  for (let back = 0; back <= RECOGNISED_WINDOWS; back += 1) {
    const window = current - back;
    if (sameText(codeFor(key, tokenFor(key, subject, window, policy)), code)) {
      return back <= policy.grace ? { kind: 'ok', window } : { kind: 'expired', window };
    }
  }
  return { kind: 'wrong' };
}
