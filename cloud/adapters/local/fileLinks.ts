// Addresses of stored photos behind the gateway, signed like WeChat's temporary file URLs: a handler hands them
// out only to people who may see the record, and GET /files/* serves only an address it signed and not expired.
// Addresses are stable within an hour, so a browser can cache them.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type LinkCache = 'public' | 'private';

const HOUR_MS = 3_600_000;
/** How long an address keeps working after it was handed out (at least; it is rounded up to the hour). */
export const LINK_LIFETIME_MS = 24 * HOUR_MS;
/** Signed addresses remembered at most (they all expire within the day anyway). */
const SIGNED_KEPT = 10_000;

export interface FileLinks {
  sign(fileId: string, now: number, cache: LinkCache): string;
  /** Whether a request's query was signed by us for this file and has not expired; answers its cache mode. */
  verify(fileId: string, query: { e?: unknown; c?: unknown; s?: unknown }, now: number): LinkCache | null;
}

/** The data dir's own signing key, created on first use. */
export function linkKeyIn(dataDir: string): Buffer {
  const path = join(dataDir, 'file-link.key');
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
}

export function createFileLinks(key: Buffer): FileLinks {
  const mac = (fileId: string, expires: number, cache: string): Buffer =>
    createHmac('sha256', key).update(`${fileId}\n${expires}\n${cache}`).digest().subarray(0, 16);
  // An address is the same for the whole hour, so lists shown again and again reuse it instead of signing anew.
  const signed = new Map<string, string>();
  return {
    sign(fileId, now, cache) {
      const expires = Math.ceil((now + LINK_LIFETIME_MS) / HOUR_MS) * HOUR_MS;
      const c = cache === 'public' ? 'p' : 'q';
      const key = `${fileId}\n${expires}\n${c}`;
      let address = signed.get(key);
      if (!address) {
        if (signed.size >= SIGNED_KEPT) signed.clear();
        address = `/files/${fileId}?e=${expires}&c=${c}&s=${mac(fileId, expires, c).toString('base64url')}`;
        signed.set(key, address);
      }
      return address;
    },
    verify(fileId, query, now) {
      const { e, c, s } = query;
      if (typeof e !== 'string' || !/^\d{1,15}$/.test(e) || (c !== 'p' && c !== 'q') || typeof s !== 'string') return null;
      const expires = Number(e);
      if (expires < now) return null;
      const given = Buffer.from(s, 'base64url');
      const expected = mac(fileId, expires, c);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return c === 'p' ? 'public' : 'private';
    },
  };
}
