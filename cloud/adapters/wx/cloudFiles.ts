// Files on WeChat cloud storage: the client uploads with Taro.cloud.uploadFile and reports the cloud:// id,
// which is verified (downloaded, sniffed) and recorded in `files`; addresses come from getTempFileURL.
import { createHash } from 'node:crypto';
import { ActionError } from '../../handlers/errors';
import type { Clock, Files, Store, StoredFile } from '../../ports';
import { DuplicateIdError } from '../../ports/store';
import { checkImageBytes, DEFAULT_MAX_BYTES } from '../local/imageCheck';

/** The slice of wx-server-sdk's storage API used here. */
export interface WxStorage {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number }> }>;
}

type FileDoc = { id: string; fileId: string; mime: string; size: number; ownerId: string; createdAt: number; attachedTo?: string };

/** On WeChat, `register` records a file the client uploaded itself, after checking its bytes; the first reporter owns it. */
export type CloudFiles = Files;

/** getTempFileURL accepts at most 50 ids per call. */
const URL_BATCH = 50;

export function createCloudFiles({ cloud, store, clock, maxBytes = DEFAULT_MAX_BYTES }: { cloud: WxStorage; store: Store; clock: Clock; maxBytes?: number }): CloudFiles {
  const describe = async (fileId: string): Promise<StoredFile | null> => {
    if (!fileId.startsWith('cloud://')) return null;
    const doc = await store.get<FileDoc>('files', fileId);
    return doc ? { fileId: doc.fileId, mime: doc.mime, size: doc.size, ownerId: doc.ownerId } : null;
  };

  async function record(stored: StoredFile): Promise<StoredFile> {
    try {
      await store.insert<FileDoc>('files', { id: stored.fileId, ...stored, createdAt: clock.now() });
      return stored;
    } catch (error) {
      if (!(error instanceof DuplicateIdError)) throw error;
      const existing = await describe(stored.fileId);
      if (existing && existing.ownerId !== stored.ownerId) throw new ActionError('FORBIDDEN', 'files.notYours');
      return existing ?? stored;
    }
  }

  return {
    async save({ bytes, ownerId }) {
      const { mime, ext } = await checkImageBytes(bytes, maxBytes);
      const hash = createHash('sha256').update(ownerId).update('\0').update(bytes).digest('hex').slice(0, 16);
      const { fileID } = await cloud.uploadFile({ cloudPath: `uploads/${ownerId}/${hash}.${ext}`, fileContent: bytes });
      return record({ fileId: fileID, mime, size: bytes.length, ownerId });
    },
    async register({ fileId, ownerId }) {
      if (!fileId.startsWith('cloud://')) throw new ActionError('INVALID_INPUT', 'files.badId', { fields: { fileId: 'files.badId' } });
      const known = await describe(fileId);
      if (known) {
        if (known.ownerId !== ownerId) throw new ActionError('FORBIDDEN', 'files.notYours');
        return known;
      }
      const { fileContent } = await cloud.downloadFile({ fileID: fileId });
      const { mime } = await checkImageBytes(fileContent, maxBytes);
      return record({ fileId, mime, size: fileContent.length, ownerId });
    },
    describe,
    async urls(fileIds) {
      const cloudIds = [...new Set(fileIds.filter((id) => id.startsWith('cloud://')))];
      const found = new Map<string, string>();
      for (let i = 0; i < cloudIds.length; i += URL_BATCH) {
        const { fileList } = await cloud.getTempFileURL({ fileList: cloudIds.slice(i, i + URL_BATCH) });
        for (const item of fileList) if (item.status === 0 && item.tempFileURL) found.set(item.fileID, item.tempFileURL);
      }
      // An id that cannot be resolved yields '' so positions still line up with the ids given.
      return fileIds.map((id) => found.get(id) ?? '');
    },
    async sweep(before) {
      const stale = await store.find<FileDoc>('files', { attachedTo: null, createdAt: { $lt: before } }, { limit: URL_BATCH });
      const gone: string[] = [];
      for (const doc of stale) {
        // Conditional on still unattached: a record taking it on right now keeps it.
        const claimed = await store.transaction(async (tx) => (await tx.get<FileDoc>('files', doc.id))?.attachedTo == null && tx.remove('files', doc.id));
        if (claimed) gone.push(doc.fileId);
      }
      if (gone.length) await cloud.deleteFile({ fileList: gone });
      return gone.length;
    },
  };
}
