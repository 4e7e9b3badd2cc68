// Photos through the real gateway: whatever metadata a phone writes into a photo (the GPS position of the home it
// was taken from, the camera, the time), the bytes the gateway serves back carry none of it.
import type { AddressInfo } from 'node:net';
import exifr from 'exifr';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { buildGateway } from '../../cloud/server/gateway';
import { signSession } from '../../cloud/server/session';
import { demoWorld, type DemoWorld } from '../support/demo-world';

const SECRET = 'photos-test-secret-of-at-least-32-bytes';
// 31°14′2″N 121°28′3″E: where the resident stood.
const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 3/1' };
const CAMERA = { Make: 'PhoneMaker', Model: 'Phone 12', Software: 'Camera 4.2' };

let world: DemoWorld;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  world = await demoWorld();
  app = await buildGateway({ dispatch: world.dispatch, files: world.ports.files, sessionSecret: SECRET, dev: false, h5Dir: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await world.close();
});

const canvas = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#8a7f6b' } });

/** Uploads through POST /api/upload and fetches the served bytes back from the url it answers. */
async function uploadAndFetch(bytes: Buffer, name: string): Promise<Buffer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const answer = await fetch(`${base}/api/upload`, { method: 'POST', body: form, headers: { authorization: `Bearer ${signSession('demo:resident-wang', SECRET)}` } });
  const body = (await answer.json()) as { ok: boolean; data?: { url: string }; error?: unknown };
  if (!body.ok) throw new Error(`upload refused: ${JSON.stringify(body.error)}`);
  const served = await fetch(`${base}${body.data!.url}`);
  expect(served.status).toBe(200);
  return Buffer.from(await served.arrayBuffer());
}

describe('uploaded photos lose their metadata', () => {
  it('serves a JPEG taken with GPS tags without its position or any EXIF', async () => {
    const photo = await canvas(64, 48).jpeg().withExif({ IFD0: CAMERA, IFD3: GPS }).toBuffer();
    // The photo going in really carries the position, so the absence below means something.
    expect(await exifr.gps(photo)).toEqual({ latitude: expect.closeTo(31.2339, 3), longitude: expect.closeTo(121.4675, 3) });

    const served = await uploadAndFetch(photo, 'IMG_0001.jpg');
    expect(await exifr.gps(served)).toBeUndefined();
    expect(await exifr.parse(served, true)).toBeUndefined();
    const kept = await sharp(served).metadata();
    expect(kept).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect([kept.exif, kept.xmp, kept.iptc, kept.icc]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('turns a photo the phone held sideways upright before dropping its orientation tag', async () => {
    const sideways = await canvas(64, 48).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const served = await uploadAndFetch(sideways, 'sideways.jpg');
    const kept = await sharp(served).metadata();
    expect(kept).toMatchObject({ width: 48, height: 64 });
    expect(kept.orientation).toBeUndefined();
  });

  it('serves a PNG without the EXIF a phone or editor put in it', async () => {
    const png = await canvas(20, 10).png().withExif({ IFD0: CAMERA, IFD3: GPS }).toBuffer();
    expect(await exifr.gps(png)).toBeDefined();
    const served = await uploadAndFetch(png, 'screenshot.png');
    expect(await exifr.gps(served)).toBeUndefined();
    const kept = await sharp(served).metadata();
    expect(kept).toMatchObject({ format: 'png', width: 20, height: 10 });
    expect(kept.exif).toBeUndefined();
  });

  it('scales a camera-sized photo down to a long side of 2560 pixels', async () => {
    const big = await canvas(4000, 3000).jpeg({ quality: 50 }).toBuffer();
    const served = await uploadAndFetch(big, 'full-size.jpg');
    expect(await sharp(served).metadata()).toMatchObject({ width: 2560, height: 1920 });
  });
});
