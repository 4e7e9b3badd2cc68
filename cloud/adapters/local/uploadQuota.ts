// How many photos, and how many stored bytes, one person may upload per day (China time). The tally is one document
// per person and day, and a photo is counted in the same transaction that records it, so parallel uploads cannot
// slip past the limit together.
import { ActionError } from '../../handlers/errors';
import type { StoreTx } from '../../ports/store';

export interface UploadQuota {
  photosPerDay: number;
  bytesPerDay: number;
}

export const DEFAULT_UPLOAD_QUOTA: UploadQuota = { photosPerDay: 200, bytesPerDay: 200 * 1024 * 1024 };

export interface UploadTally {
  id: string;
  ownerId: string;
  day: string;
  photos: number;
  bytes: number;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The tally's id: one per person per calendar day in China Standard Time (UTC+8, no daylight saving). */
export function tallyId(ownerId: string, now: number): string {
  return `${ownerId}:${new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10)}`;
}

/** LINLI_UPLOADS_PER_DAY (photos) and LINLI_UPLOAD_MB_PER_DAY (megabytes stored), each a positive whole number. */
export function uploadQuotaFrom(env: Record<string, string | undefined>): UploadQuota {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    if (!/^[1-9]\d*$/.test(text)) throw new Error(`${name} must be a positive whole number, not "${text.slice(0, 40)}"`);
    return Number(text);
  };
  return {
    photosPerDay: read('LINLI_UPLOADS_PER_DAY', DEFAULT_UPLOAD_QUOTA.photosPerDay),
    bytesPerDay: read('LINLI_UPLOAD_MB_PER_DAY', DEFAULT_UPLOAD_QUOTA.bytesPerDay / 1024 / 1024) * 1024 * 1024,
  };
}

// Fixed texts (the client translates them); the reason says which limit was met.
function refusal(tally: Pick<UploadTally, 'photos' | 'bytes'>, size: number, quota: UploadQuota): ActionError | null {
  if (tally.photos + 1 > quota.photosPerDay) {
    return new ActionError('RATE_LIMITED', 'files.quotaPhotos');
  }
  if (tally.bytes + size > quota.bytesPerDay) {
    return new ActionError('RATE_LIMITED', 'files.quotaBytes');
  }
  return null;
}

/** A cheap early refusal before the photo is decoded; the decisive check is countUpload's. */
export function quotaExhausted(tally: UploadTally | null, quota: UploadQuota): ActionError | null {
  return tally ? refusal(tally, 0, quota) : null;
}

/** Counts one stored photo of `size` bytes against its owner's day inside tx, or throws RATE_LIMITED. */
export async function countUpload(tx: StoreTx, ownerId: string, size: number, now: number, quota: UploadQuota): Promise<void> {
  const id = tallyId(ownerId, now);
  const tally = await tx.get<UploadTally>('uploadTallies', id);
  const refused = refusal(tally ?? { photos: 0, bytes: 0 }, size, quota);
  if (refused) throw refused;
  if (!tally) {
    await tx.insert<UploadTally>('uploadTallies', { id, ownerId, day: id.slice(ownerId.length + 1), photos: 1, bytes: size });
    return;
  }
  // Conditional on the tally read above, so a concurrent upload on another store engine cannot be lost.
  const counted = await tx.update('uploadTallies', id, { photos: tally.photos + 1, bytes: tally.bytes + size }, { photos: tally.photos, bytes: tally.bytes });
  if (!counted) throw new ActionError('CONFLICT', 'files.uploadRaced');
}
