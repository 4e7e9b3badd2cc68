// The daily upload quota through the real gateway: one person can store only so many photos and bytes per day
// (China time), parallel uploads cannot slip past it, and the refusal says which limit was met.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { createDiskFiles, createFileLinks, fixedClock, openSqliteStore, uploadQuotaFrom, type SqliteStore, type UploadQuota } from '../../cloud/adapters/local';
import { buildGateway } from '../../cloud/server/gateway';
import { signSession } from '../../cloud/server/session';

const SECRET = 'quota-test-secret-of-at-least-32-bytes';
// 23:00 on 20 Nov 2026 in China: midnight is an hour away.
const LATE_EVENING = Date.parse('2026-11-20T23:00:00+08:00');

let dir: string;
let store: SqliteStore;
const apps: FastifyInstance[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linli-quota-'));
  store = openSqliteStore({ file: join(dir, 'linli.db') });
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function gatewayWith(quota: UploadQuota) {
  const clock = fixedClock(LATE_EVENING);
  const files = createDiskFiles({ dir: join(dir, 'files'), store, clock, quota, links: createFileLinks(randomBytes(32)) });
  const app = await buildGateway({ dispatch: async () => ({ ok: true, data: null }), files, sessionSecret: SECRET, dev: false, h5Dir: null, rateLimit: { max: 1000, timeWindowMs: 60_000 } });
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const upload = async (photo: Buffer, openid = 'o_resident') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)]), 'photo.png');
    const answer = await fetch(`${base}/api/upload`, { method: 'POST', body: form, headers: { authorization: `Bearer ${signSession(openid, SECRET)}` } });
    return { status: answer.status, body: (await answer.json()) as { ok: boolean; error?: { code: string; reason?: string; message: string } } };
  };
  return { clock, upload };
}

/** A distinct small photo per n. */
const photo = (n: number, side = 16) => sharp({ create: { width: side, height: side, channels: 3, background: { r: n % 256, g: (n * 7) % 256, b: 90 } } }).png().toBuffer();

describe('the daily upload quota', () => {
  it('refuses the fourth photo of a three-photo day with RATE_LIMITED and the reason', async () => {
    const { upload } = await gatewayWith({ photosPerDay: 3, bytesPerDay: 10 * 1024 * 1024 });
    for (let n = 1; n <= 3; n += 1) expect((await upload(await photo(n))).body.ok).toBe(true);
    const fourth = await upload(await photo(4));
    expect(fourth.status).toBe(429);
    expect(fourth.body.error).toMatchObject({ code: 'RATE_LIMITED', reason: 'files.quotaPhotos', message: '今天上传的图片数量已达上限，请明天再试' });
    // The refused photo left nothing behind on disk.
    expect(readdirSync(join(dir, 'files'))).toHaveLength(3);
  });

  it('does not count a photo sent again, and leaves other people their own quota', async () => {
    const { upload } = await gatewayWith({ photosPerDay: 2, bytesPerDay: 10 * 1024 * 1024 });
    const same = await photo(1);
    for (let i = 0; i < 3; i += 1) expect((await upload(same)).body.ok).toBe(true);
    expect((await upload(await photo(2))).body.ok).toBe(true);
    expect((await upload(await photo(3))).body.error?.code).toBe('RATE_LIMITED');
    expect((await upload(await photo(3), 'o_neighbour')).body.ok).toBe(true);
  });

  it('starts again at midnight China time', async () => {
    const { clock, upload } = await gatewayWith({ photosPerDay: 1, bytesPerDay: 10 * 1024 * 1024 });
    expect((await upload(await photo(1))).body.ok).toBe(true);
    clock.advance(59 * 60 * 1000);
    expect((await upload(await photo(2))).body.error?.code).toBe('RATE_LIMITED');
    clock.advance(60 * 1000);
    expect((await upload(await photo(3))).body.ok).toBe(true);
  });

  it('refuses a photo that would pass the day’s stored bytes', async () => {
    const { upload } = await gatewayWith({ photosPerDay: 100, bytesPerDay: 4096 });
    expect((await upload(await photo(1))).body.ok).toBe(true);
    // Noise does not compress: about 12 KB stored, past a 4 KB day.
    const noisy = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    const refused = await upload(noisy);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', reason: 'files.quotaBytes' });
    expect(await store.count('files', {})).toBe(1);
  });

  it('lets exactly the quota through when a person uploads ten photos at once', async () => {
    const { upload } = await gatewayWith({ photosPerDay: 3, bytesPerDay: 10 * 1024 * 1024 });
    const photos = await Promise.all(Array.from({ length: 10 }, (_, n) => photo(n + 10)));
    const answers = await Promise.all(photos.map((bytes) => upload(bytes)));
    expect(answers.filter((answer) => answer.body.ok)).toHaveLength(3);
    expect(answers.filter((answer) => answer.body.error?.code === 'RATE_LIMITED')).toHaveLength(7);
    expect(await store.count('files', {})).toBe(3);
  });
});

describe('LINLI_UPLOADS_PER_DAY and LINLI_UPLOAD_MB_PER_DAY', () => {
  it('default to 200 photos and 200 MB a day', () => {
    expect(uploadQuotaFrom({})).toEqual({ photosPerDay: 200, bytesPerDay: 200 * 1024 * 1024 });
  });

  it('read whole numbers and refuse anything else', () => {
    expect(uploadQuotaFrom({ LINLI_UPLOADS_PER_DAY: '50', LINLI_UPLOAD_MB_PER_DAY: '20' })).toEqual({ photosPerDay: 50, bytesPerDay: 20 * 1024 * 1024 });
    expect(() => uploadQuotaFrom({ LINLI_UPLOADS_PER_DAY: 'lots' })).toThrow(/LINLI_UPLOADS_PER_DAY must be a positive whole number/);
    expect(() => uploadQuotaFrom({ LINLI_UPLOAD_MB_PER_DAY: '0' })).toThrow(/LINLI_UPLOAD_MB_PER_DAY/);
  });
});
