// Wipes the local database and uploaded files under a data dir, then seeds the demo community again.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLocalPorts, DATABASE_FILE } from '../adapters/local';
import { seedDemo, type SeedSummary } from './demo';

export interface ResetResult {
  dataDir: string;
  removed: string[];
  seeded: SeedSummary;
}

export async function resetDatabase(dataDir: string): Promise<ResetResult> {
  const dir = resolve(dataDir);
  const removed: string[] = [];
  // The WAL and shared-memory files belong to the database; a leftover WAL would replay old rows.
  for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, 'files']) {
    const path = join(dir, name);
    if (existsSync(path)) {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  }
  const ports = createLocalPorts({ dataDir: dir });
  try {
    return { dataDir: dir, removed, seeded: await seedDemo(ports.store, ports.clock, ports.files) };
  } finally {
    await ports.close();
  }
}
