// Record ids: a prefix and random hex from the system's secure generator, drawn from a pooled buffer (one
// randomFillSync per 4 KB rather than one per id, as Node's own randomUUID does). Keys and other secrets are
// drawn directly with randomBytes, never from here.
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

/** `bytes` random bytes as lowercase hex. */
export function randomHex(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > POOL_BYTES) throw new Error(`randomHex needs 1–${POOL_BYTES} bytes`);
  if (used + bytes > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + bytes);
  used += bytes;
  return hex;
}

/** A new record id: `${prefix}_` and 8 random bytes (or `bytes`) in hex. */
export const newId = (prefix: string, bytes = 8): string => `${prefix}_${randomHex(bytes)}`;
