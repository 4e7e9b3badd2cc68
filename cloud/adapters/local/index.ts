// The local runtime's ports: SQLite under the data dir, files on disk, keyword content check, in-app inbox.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Clock, Ports } from '../../ports';
import { systemClock } from './clock';
import { createDiskFiles, type DiskFiles } from './diskFiles';
import { createFileLinks, linkKeyIn } from './fileLinks';
import { createInboxNotifier } from './inboxNotifier';
import { createKeywordContentCheck } from './keywordContentCheck';
import { createDataDirSecrets } from './secrets';
import { openSqliteStore, type SqliteStore } from './sqliteStore';
import { uploadQuotaFrom, type UploadQuota } from './uploadQuota';

export { devClock, fixedClock, systemClock, type FixedClock } from './clock';
export { openSqliteStore, type SqliteStore } from './sqliteStore';
export { createDiskFiles, type DiskFiles } from './diskFiles';
export { createFileLinks, linkKeyIn } from './fileLinks';
export { createKeywordContentCheck, BANNED_WORDS } from './keywordContentCheck';
export { createInboxNotifier } from './inboxNotifier';
export { createDataDirSecrets } from './secrets';
export { DEFAULT_UPLOAD_QUOTA, uploadQuotaFrom, type UploadQuota } from './uploadQuota';

export interface LocalPorts extends Ports {
  store: SqliteStore;
  files: DiskFiles;
  dataDir: string;
  /** Closes the database after queued writes finish. */
  close(): Promise<void>;
}

export const DATABASE_FILE = 'linli.db';

export function createLocalPorts(options: { dataDir: string; clock?: Clock; uploadQuota?: UploadQuota }): LocalPorts {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const store = openSqliteStore({ file: join(dataDir, DATABASE_FILE) });
  return {
    store,
    files: createDiskFiles({ dir: join(dataDir, 'files'), store, clock, links: createFileLinks(linkKeyIn(dataDir)), quota: options.uploadQuota ?? uploadQuotaFrom(process.env) }),
    contentCheck: createKeywordContentCheck(),
    notifier: createInboxNotifier(),
    clock,
    secrets: createDataDirSecrets(dataDir),
    dataDir,
    close: () => store.close(),
  };
}
