// The local runtime's signing key: LINLI_SIGNING_SECRET when set, else a key generated once and kept in the data
// directory (mode 0600) beside the gateway's session secret, so codes stay valid across restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Secrets } from '../../ports';

export const SIGNING_SECRET_FILE = 'signing-secret';

export function createDataDirSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Secrets {
  let key: Buffer | null = null;
  const load = (): Buffer => {
    if (env.LINLI_SIGNING_SECRET) return Buffer.from(env.LINLI_SIGNING_SECRET, 'utf8');
    const file = join(dataDir, SIGNING_SECRET_FILE);
    if (existsSync(file)) {
      const stored = readFileSync(file, 'utf8').trim();
      if (stored) return Buffer.from(stored, 'hex');
    }
    const fresh = randomBytes(32).toString('hex');
    // 'wx' never overwrites a key another process wrote first; then that one is read back.
    try {
      writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    }
    return Buffer.from(fresh, 'hex');
  };
  return {
    signingKey: async () => (key ??= load()),
  };
}
