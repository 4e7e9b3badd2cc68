// Local Files port: uploads land on disk under the data dir, named by content, after their real type is sniffed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '../../handlers/errors';
import type { Clock, Files, Store, StoredFile } from '../../ports';
import { checkImageBytes, DEFAULT_MAX_BYTES } from './imageCheck';
const LOCAL_ID = /^local\/([0-9a-f]{16})\.(jpg|png|webp|gif)$/;

export type FileDoc = { id: string; fileId: string; mime: string; size: number; ownerId: string; createdAt: number };

export interface DiskFiles extends Files {
  /** The bytes and type of a stored file, for the gateway's GET /files/:fileId; null when unknown. */
  read(fileId: string): Promise<{ bytes: Buffer; mime: string } | null>;
}

export interface DiskFilesOptions {
  dir: string;
  store: Store;
  clock: Clock;
  maxBytes?: number;
}

export function createDiskFiles({ dir, store, clock, maxBytes = DEFAULT_MAX_BYTES }: DiskFilesOptions): DiskFiles {
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

      await mkdir(dir, { recursive: true });
      const target = join(dir, `${hash}.${ext}`);
      // Written aside and renamed, so a reader never sees half a file.
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, target);

      const stored: StoredFile = { fileId, mime: type.mime, size: bytes.length, ownerId };
      const doc: FileDoc = { id: fileId, ...stored, createdAt: clock.now() };
      try {
        await store.insert('files', doc);
      } catch (error) {
        const raced = await describe(fileId);
        if (raced) return raced;
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
    async urls(fileIds) {
      return fileIds.map((fileId) => `/files/${fileId}`);
    },
    async read(fileId) {
      const path = pathOf(fileId);
      if (!path) return null;
      const known = await describe(fileId);
      if (!known) return null;
      try {
        return { bytes: await readFile(path), mime: known.mime };
      } catch {
        return null;
      }
    },
  };
}
