// The signing key: from the environment when set; locally otherwise generated once into the data directory,
// readable by its owner only, and the same after a restart. On WeChat a missing key fails loudly.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataDirSecrets } from '../../cloud/adapters/local/secrets';
import { createEnvSecrets } from '../../cloud/adapters/wx/envSecrets';

describe('createDataDirSecrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'linli-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a key once, keeps it owner-readable, and reads the same key after a restart', async () => {
    const first = await createDataDirSecrets(dir, {}).signingKey();
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, 'signing-secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'signing-secret'), 'utf8').trim()).toBe(first.toString('hex'));
    expect((await createDataDirSecrets(dir, {}).signingKey()).equals(first)).toBe(true);
  });

  it('prefers LINLI_SIGNING_SECRET', async () => {
    expect((await createDataDirSecrets(dir, { LINLI_SIGNING_SECRET: 'configured-secret' }).signingKey()).toString()).toBe('configured-secret');
  });
});

describe('createEnvSecrets', () => {
  it('refuses to sign without a configured key', async () => {
    await expect(createEnvSecrets({}).signingKey()).rejects.toThrow(/LINLI_SIGNING_SECRET/);
    expect((await createEnvSecrets({ LINLI_SIGNING_SECRET: 'a-long-enough-secret' }).signingKey()).toString()).toBe('a-long-enough-secret');
  });
});
