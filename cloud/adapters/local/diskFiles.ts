// Local Files port: uploads land on disk under the data dir, named by content, after their real type is sniffed
// and their metadata (EXIF GPS and the rest) is stripped by re-encoding.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '../../handlers/errors';
import type { Clock, Files, Store, StoredFile } from '../../ports';
import { checkImageBytes, DEFAULT_MAX_BYTES } from './imageCheck';
import { withoutMetadata } from './stripMetadata';
import type { FileLinks, LinkCache } from './fileLinks';
import { countUpload, DEFAULT_UPLOAD_QUOTA, quotaExhausted, tallyId, type UploadQuota, type UploadTally } from './uploadQuota';
const LOCAL_ID = /^local\/([0-9a-f]{16})\.(jpg|png|webp|gif)$/;

/** `attachedTo` is set when a record takes the photo on (kit content.ts); uploads never attached are swept. */
export type FileDoc = { id: string; fileId: string; mime: string; size: number; ownerId: string; createdAt: number; attachedTo?: string };

export interface DiskFiles extends Files {
  /**
   * The bytes, type and cache mode of a stored file for the gateway's GET /files/*, when the address is one this
   * port signed and has not expired; null otherwise.
   */
  read(fileId: string, query: Record<string, unknown>): Promise<{ bytes: Buffer; mime: string; cache: LinkCache } | null>;
}

export interface DiskFilesOptions {
  dir: string;
  store: Store;
  clock: Clock;
  maxBytes?: number;
  /** Photos and stored bytes per person per day. */
  quota?: UploadQuota;
  /** Signs the addresses handed out (GET /files/* serves only those). */
  links: FileLinks;
}

export function createDiskFiles({ dir, store, clock, links, maxBytes = DEFAULT_MAX_BYTES, quota = DEFAULT_UPLOAD_QUOTA }: DiskFilesOptions): DiskFiles {
  const pathOf = (fileId: string): string | null => {
    const match = LOCAL_ID.exec(fileId);
    return match ? join(dir, `${match[1]}.${match[2]}`) : null;
  };

  const describe = async (fileId: string): Promise<StoredFile | null> => {
    if (!pathOf(fileId)) return null;
    const doc = await store.get<FileDoc>('files', fileId);
    return doc ? { fileId: doc.fileId, mime: doc.mime, size: doc.size, ownerId: doc.ownerId } : null;
  };

  return {
    async save({ bytes, ownerId }) {
      const type = await checkImageBytes(bytes, maxBytes);
      const { ext } = type;

      // Keyed by owner and content: the same person re-sending a photo gets the same id; two people never share one.
      const hash = createHash('sha256').update(ownerId).update('\0').update(bytes).digest('hex').slice(0, 16);
      const fileId = `local/${hash}.${ext}`;
      const existing = await describe(fileId);
      if (existing) return existing;

      const now = clock.now();
      const exhausted = quotaExhausted(await store.get<UploadTally>('uploadTallies', tallyId(ownerId, now)), quota);
      if (exhausted) throw exhausted;

      const clean = await withoutMetadata(bytes, type.mime);
      await mkdir(dir, { recursive: true });
      const target = join(dir, `${hash}.${ext}`);
      // Written aside and renamed, so a reader never sees half a file.
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, clean);
      await rename(temp, target);

      const stored: StoredFile = { fileId, mime: type.mime, size: clean.length, ownerId };
      const doc: FileDoc = { id: fileId, ...stored, createdAt: now };
      try {
        // The photo is counted against the day's quota in the transaction that records it.
        await store.transaction(async (tx) => {
          await countUpload(tx, ownerId, clean.length, now, quota);
          await tx.insert('files', doc);
        });
      } catch (error) {
        const raced = await describe(fileId);
        if (raced) return raced;
        // Nothing records this file, so nothing can ever serve it.
        await rm(target, { force: true });
        throw error;
      }
      return stored;
    },
    describe,
    async register({ fileId, ownerId }) {
      // The gateway recorded the upload already: only confirm it exists and is the caller's.
      const known = await describe(fileId);
      if (!known) throw new ActionError('NOT_FOUND', 'files.missing');
      if (known.ownerId !== ownerId) throw new ActionError('FORBIDDEN', 'files.notYours');
      return known;
    },
    async urls(fileIds, options = {}) {
      const now = clock.now();
      return fileIds.map((fileId) => links.sign(fileId, now, options.cache ?? 'public'));
    },
    async read(fileId, query) {
      const path = pathOf(fileId);
      if (!path) return null;
      const cache = links.verify(fileId, query, clock.now());
      if (!cache) return null;
      const known = await describe(fileId);
      if (!known) return null;
      try {
        return { bytes: await readFile(path), mime: known.mime, cache };
      } catch {
        return null;
      }
    },
    async sweep(before) {
      const stale = await store.find<FileDoc>('files', { attachedTo: null, createdAt: { $lt: before } }, { limit: 500 });
      let removed = 0;
      for (const doc of stale) {
        // Conditional on still unattached: a record taking it on right now keeps it.
        if (!(await store.transaction(async (tx) => (await tx.get<FileDoc>('files', doc.id))?.attachedTo == null && tx.remove('files', doc.id)))) continue;
        const path = pathOf(doc.fileId);
        if (path) await rm(path, { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
