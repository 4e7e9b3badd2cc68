// Local uploads: only real images under the size limit are kept, named by owner and content, re-encoded without metadata.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../cloud/adapters/local/clock';
import { createDiskFiles, type DiskFiles } from '../../cloud/adapters/local/diskFiles';
import { createFileLinks } from '../../cloud/adapters/local/fileLinks';
import type { FixedClock } from '../../cloud/adapters/local/clock';
import { openSqliteStore, type SqliteStore } from '../../cloud/adapters/local/sqliteStore';
import sharp from 'sharp';
import { ActionError } from '../../cloud/handlers/errors';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const JPEG_HEADER_ONLY = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64)]);
const jpeg = () => sharp({ create: { width: 8, height: 6, channels: 3, background: '#7a9' } }).jpeg().toBuffer();

let dir: string;
let store: SqliteStore;
let files: DiskFiles;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linli-files-'));
  store = openSqliteStore({ file: join(dir, 'test.db') });
  clock = fixedClock(1_700_000_000_000);
  files = createDiskFiles({ dir: join(dir, 'files'), store, clock, maxBytes: 1024, links: createFileLinks(randomBytes(32)) });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

let clock: FixedClock;

/** Reads a file the way GET /files/* does: by the signed address the port handed out. */
const readAt = (url: string) => {
  const address = new URL(url, 'http://local');
  return files.read(address.pathname.slice('/files/'.length), Object.fromEntries(address.searchParams));
};

describe('disk files', () => {
  it('keeps a PNG, records its owner and answers a /files address', async () => {
    const stored = await files.save({ bytes: PNG, ownerId: 'u_1' });
    expect(stored).toMatchObject({ mime: 'image/png', ownerId: 'u_1' });
    expect(stored.fileId).toMatch(/^local\/[0-9a-f]{16}\.png$/);
    expect(await files.describe(stored.fileId)).toEqual(stored);
    const [url] = await files.urls([stored.fileId]);
    expect(url).toMatch(new RegExp(`^/files/${stored.fileId.replace('.', '\\.')}\\?e=\\d+&c=p&s=`));
    const read = await readAt(url!);
    expect(read?.mime).toBe('image/png');
    expect(read?.bytes.length).toBe(stored.size);
    expect(await sharp(read!.bytes).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 });
  });

  it('names a file by its real type, not the name it was sent with', async () => {
    const stored = await files.save({ bytes: await jpeg(), ownerId: 'u_1' });
    expect(stored.fileId).toMatch(/\.jpg$/);
    expect(stored.mime).toBe('image/jpeg');
  });

  it('refuses bytes that start like a JPEG but do not decode, and keeps nothing', async () => {
    const error = await refusal(files.save({ bytes: JPEG_HEADER_ONLY, ownerId: 'u_1' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(await store.count('files', {})).toBe(0);
  });

  it('refuses a text file renamed .jpg as invalid input and keeps nothing', async () => {
    const error = await refusal(files.save({ bytes: Buffer.from('just some text pretending to be photo.jpg'), ownerId: 'u_1' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(existsSync(join(dir, 'files'))).toBe(false);
    expect(await store.count('files', {})).toBe(0);
  });

  it('refuses a file over the size limit as too large', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(2048)]);
    const error = await refusal(files.save({ bytes: big, ownerId: 'u_1' }));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await store.count('files', {})).toBe(0);
  });

  it('gives the same person the same id for the same photo, and another person a different one', async () => {
    const first = await files.save({ bytes: PNG, ownerId: 'u_1' });
    const again = await files.save({ bytes: PNG, ownerId: 'u_1' });
    const other = await files.save({ bytes: PNG, ownerId: 'u_2' });
    expect(again.fileId).toBe(first.fileId);
    expect(other.fileId).not.toBe(first.fileId);
    expect((await files.describe(other.fileId))?.ownerId).toBe('u_2');
  });

  it('knows nothing of ids it never stored, including ones trying to leave the folder', async () => {
    expect(await files.describe('local/0123456789abcdef.png')).toBeNull();
    expect(await files.read('local/../../etc/passwd', {})).toBeNull();
    expect(await files.describe('cloud://env/uploads/x.png')).toBeNull();
  });
});

describe('signed addresses and sweeping', () => {
  it('serves an address only as signed: not unsigned, not tampered, not another file’s, not expired', async () => {
    const stored = await files.save({ bytes: PNG, ownerId: 'u_1' });
    const other = await files.save({ bytes: PNG, ownerId: 'u_2' });
    const [url] = await files.urls([stored.fileId], { cache: 'private' });
    expect((await readAt(url!))?.cache).toBe('private');
    expect(await files.read(stored.fileId, {})).toBeNull();
    expect(await readAt(url!.replace('c=q', 'c=p'))).toBeNull();
    expect(await readAt(url!.replace(stored.fileId, other.fileId))).toBeNull();
    clock.advance(25 * 60 * 60 * 1000);
    expect(await readAt(url!)).toBeNull();
  });

  it('sweeps uploads nothing took on after a day, and keeps those a record took on', async () => {
    const kept = await files.save({ bytes: PNG, ownerId: 'u_1' });
    const abandoned = await files.save({ bytes: PNG, ownerId: 'u_2' });
    await store.update('files', kept.fileId, { attachedTo: 'reports/r1' });
    expect(await files.sweep(clock.now() - 1)).toBe(0);
    clock.advance(1000);
    expect(await files.sweep(clock.now())).toBe(1);
    expect(await files.describe(abandoned.fileId)).toBeNull();
    expect(await files.describe(kept.fileId)).not.toBeNull();
  });
});
